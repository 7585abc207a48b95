package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.register.DataCategory;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a customer asks, checked per type:
 * <ul>
 *   <li>erasure: the whole account, or at least one data category;</li>
 *   <li>restriction: a ground of Art. 18(1) and the whole account, categories or purposes;</li>
 *   <li>objection: at least one purpose and the customer's particular situation in words (Art. 21(1));</li>
 *   <li>rectification, a copy by other means, a question to the DPO: the request in words.</li>
 * </ul>
 * Texts are trimmed and at most {@link RequestRules#MAX_TEXT} characters. Whether a purpose exists
 * and may be objected to is checked by the service against the register.
 */
public record FileRequestCommand(
        RequestType type,
        @Nullable String text,
        boolean wholeAccount,
        Set<DataCategory> categories,
        Set<String> purposeCodes,
        @Nullable RestrictionGround ground) {

    public FileRequestCommand {
        Objects.requireNonNull(type, "type");
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        purposeCodes = Set.copyOf(purposeCodes);
        String trimmed = text == null ? "" : text.strip();
        switch (type) {
            case ERASURE -> {
                if (!wholeAccount && categories.isEmpty()) {
                    throw new RequestRefusedException(
                            "request.validation.erasure-scope",
                            "Erase the whole account or name at least one category");
                }
                text = trimmed.isEmpty() ? null : RequestRules.text(trimmed, "", "");
            }
            case RESTRICTION -> {
                if (ground == null) {
                    throw new RequestRefusedException(
                            "request.validation.restriction-ground", "A restriction names its ground");
                }
                if (!wholeAccount && categories.isEmpty() && purposeCodes.isEmpty()) {
                    throw new RequestRefusedException(
                            "request.validation.restriction-scope",
                            "Restrict everything or name at least one purpose or category");
                }
                text = trimmed.isEmpty() ? null : RequestRules.text(trimmed, "", "");
            }
            case OBJECTION -> {
                if (purposeCodes.isEmpty()) {
                    throw new RequestRefusedException(
                            "request.validation.objection-purpose", "An objection names the purpose objected to");
                }
                text = RequestRules.text(
                        trimmed,
                        "request.validation.situation",
                        "An objection explains the customer's particular situation");
            }
            case RECTIFICATION, COPY, DPO_QUESTION ->
                text = RequestRules.text(trimmed, "request.validation.text", "The request needs a description");
        }
        if (type != RequestType.RESTRICTION && ground != null) {
            throw new IllegalArgumentException("Only a restriction has a ground");
        }
    }

    public static FileRequestCommand erasure(
            boolean wholeAccount, Set<DataCategory> categories, @Nullable String text) {
        return new FileRequestCommand(RequestType.ERASURE, text, wholeAccount, categories, Set.of(), null);
    }

    public static FileRequestCommand restriction(
            RestrictionGround ground,
            boolean wholeAccount,
            Set<DataCategory> categories,
            Set<String> purposeCodes,
            @Nullable String text) {
        return new FileRequestCommand(RequestType.RESTRICTION, text, wholeAccount, categories, purposeCodes, ground);
    }

    public static FileRequestCommand objection(Set<String> purposeCodes, String situation) {
        return new FileRequestCommand(RequestType.OBJECTION, situation, false, Set.of(), purposeCodes, null);
    }

    /** A rectification, a copy by other means or a question to the DPO: the request in words. */
    public static FileRequestCommand inWords(RequestType type, String text) {
        return new FileRequestCommand(type, text, false, Set.of(), Set.of(), null);
    }

    /** The particulars as stored with the request (and shown back): only what was given. */
    public Map<String, String> particulars() {
        Map<String, String> particulars = new LinkedHashMap<>();
        if (wholeAccount) {
            particulars.put(Particulars.WHOLE_ACCOUNT, "true");
        }
        if (!categories.isEmpty()) {
            particulars.put(
                    Particulars.CATEGORIES,
                    categories.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (!purposeCodes.isEmpty()) {
            particulars.put(Particulars.PURPOSES, String.join(",", new TreeSet<>(purposeCodes)));
        }
        if (ground != null) {
            particulars.put(Particulars.GROUND, ground.name());
        }
        if (text != null) {
            particulars.put(Particulars.TEXT, text);
        }
        return particulars;
    }
}
