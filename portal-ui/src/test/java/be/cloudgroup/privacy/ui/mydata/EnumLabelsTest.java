package be.cloudgroup.privacy.ui.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.communication.CommunicationKind;
import be.cloudgroup.privacy.contract.ContractStatus;
import be.cloudgroup.privacy.customer.LeadSource;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.invoice.InvoiceStatus;
import be.cloudgroup.privacy.invoice.PaymentMethod;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.register.LegalBasis;
import be.cloudgroup.privacy.ticket.TicketChannel;
import be.cloudgroup.privacy.ticket.TicketStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every value "My data" shows from an enum has a label (keys are built at run time, so TranslationsTest cannot see them). */
class EnumLabelsTest {

    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(
            Salutation.class,
            ContractStatus.class,
            InvoiceStatus.class,
            PaymentMethod.class,
            TicketStatus.class,
            TicketChannel.class,
            CommunicationChannel.class,
            CommunicationKind.class,
            SubscriptionTopic.class,
            LeadSource.class,
            LegalBasis.class);

    @Test
    void every_enum_value_shown_on_my_data_has_an_english_label() throws IOException {
        Properties labels = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/mydata_en.properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(labels)
                        .as(type.getSimpleName() + "." + value.name())
                        .containsKey("mydata.enum." + type.getSimpleName() + "." + value.name());
            }
        }
    }
}
