package be.cloudgroup.privacy.ui.correction;

import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Converters and validators that let the value objects judge the input and turn their
 * {@link InvalidValueException} into a translated field error.
 */
final class ValueConverters {

    private ValueConverters() {}

    /** An optional phone number: empty is none, anything else must be a valid {@link PhoneNumber}. */
    static Converter<String, PhoneNumber> phone(PortalI18NProvider i18n) {
        return new Converter<>() {
            @Override
            public Result<PhoneNumber> convertToModel(String text, ValueContext context) {
                if (text == null || text.isBlank()) {
                    return Result.ok(null);
                }
                try {
                    return Result.ok(PhoneNumber.valueOf(text));
                } catch (InvalidValueException e) {
                    return Result.error(i18n.message(e, locale(context)));
                }
            }

            @Override
            public String convertToPresentation(PhoneNumber phone, ValueContext context) {
                return phone == null ? "" : phone.toString();
            }
        };
    }

    /** A part of a name, cleaned by {@code clean} (e.g. {@code PersonName::firstName}), which judges its length. */
    static Converter<String, String> name(PortalI18NProvider i18n, UnaryOperator<String> clean) {
        return new Converter<>() {
            @Override
            public Result<String> convertToModel(String text, ValueContext context) {
                try {
                    return Result.ok(clean.apply(text));
                } catch (InvalidValueException e) {
                    return Result.error(i18n.message(e, locale(context)));
                }
            }

            @Override
            public String convertToPresentation(String name, ValueContext context) {
                return name == null ? "" : name;
            }
        };
    }

    /**
     * Validates a part of the address by building the whole {@link PostalAddress} from the
     * current field values; reports only the errors whose key belongs to this part.
     */
    static Validator<String> addressPart(
            PortalI18NProvider i18n, Supplier<PostalAddress> address, Set<String> keysOfThisPart) {
        return (String value, ValueContext context) -> {
            try {
                address.get();
                return ValidationResult.ok();
            } catch (InvalidValueException e) {
                return keysOfThisPart.contains(e.messageKey())
                        ? ValidationResult.error(i18n.message(e, locale(context)))
                        : ValidationResult.ok();
            }
        };
    }

    private static Locale locale(ValueContext context) {
        return context.getLocale().orElse(Locale.ENGLISH);
    }
}
