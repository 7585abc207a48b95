package be.cloudgroup.privacy.download.archive;

import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.register.RecipientDetails;
import be.cloudgroup.privacy.shared.IsoText;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON files of the archive, written with Jackson's streaming generator: rows go out as they
 * arrive, nothing is bound to objects first.
 */
final class JsonFiles {

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonFiles() {}

    /**
     * {@code data.json}: every table section with all its columns (see {@code schema.json}), one
     * table at a time as the caller reads it.
     */
    static Tables data(OutputStream out, ArchiveHeader header) throws IOException {
        return new Tables(out, header);
    }

    /**
     * {@code portable.json} (Art. 20): the portable columns of the portable table sections only,
     * in the same shape as {@code data.json}.
     */
    static void portable(OutputStream zip, ArchiveHeader header, List<ArchiveTable> tables, ArchiveWriter.Rows rows)
            throws IOException {
        try (Tables json = new Tables(zip, header)) {
            for (ArchiveTable table : tables) {
                if (table.portable()) {
                    RowConsumer consumer = json.table(table, table.portableColumns());
                    rows.stream(table, consumer);
                    json.endTable();
                }
            }
        }
    }

    /**
     * The shape of {@code data.json} and {@code portable.json}: the header, then under
     * {@code tables} one array of row objects per table section. Compact, without a pretty printer:
     * machines read these files, and people read {@code index.html} and the CSVs.
     */
    static final class Tables implements Closeable {

        private final JsonGenerator json;
        private final char[] scratch = new char[IsoText.MAX_LENGTH];

        private Tables(OutputStream out, ArchiveHeader header) throws IOException {
            json = FACTORY.createGenerator(out);
            json.writeStartObject();
            writeHeader(json, header);
            json.writeObjectFieldStart("tables");
        }

        /** Opens the table's array; the consumer writes each row's {@code fields} in order. */
        RowConsumer table(ArchiveTable table, List<String> fields) throws IOException {
            List<String> columns = table.columns();
            int[] picked = fields.stream().mapToInt(columns::indexOf).toArray();
            SerializedString[] names =
                    fields.stream().map(SerializedString::new).toArray(SerializedString[]::new);
            json.writeArrayFieldStart(table.name());
            return row -> {
                json.writeStartObject();
                for (int i = 0; i < picked.length; i++) {
                    json.writeFieldName(names[i]);
                    writeValue(json, row[picked[i]], scratch);
                }
                json.writeEndObject();
            };
        }

        void endTable() throws IOException {
            json.writeEndArray();
        }

        @Override
        public void close() throws IOException {
            json.writeEndObject();
            json.writeEndObject();
            json.close();
        }
    }

    /** {@code privacy-info.json} (Art. 15(1), Art. 13/14): the register of processing and the rights, in the archive's language. */
    static void privacyInfo(
            OutputStream zip, ArchiveHeader header, ArchiveTexts texts, List<PurposeDetails> purposes, String dpoEmail)
            throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(zip)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            writeHeader(json, header);
            json.writeObjectFieldStart("controller");
            json.writeStringField("name", texts.get("controller.name"));
            json.writeStringField("address", texts.get("controller.address"));
            json.writeEndObject();
            json.writeObjectFieldStart("dataProtectionOfficer");
            json.writeStringField("email", dpoEmail);
            json.writeEndObject();
            json.writeObjectFieldStart("complaintAuthority");
            json.writeStringField("name", texts.get("authority.name"));
            json.writeStringField("address", texts.get("authority.address"));
            json.writeStringField("url", texts.get("authority.url"));
            json.writeEndObject();
            json.writeStringField("automatedDecisions", texts.get("automated.statement"));
            json.writeArrayFieldStart("rights");
            for (String right : ArchiveTexts.RIGHTS) {
                json.writeStartObject();
                json.writeStringField("code", right);
                json.writeStringField("article", texts.get("right." + right + ".article"));
                json.writeStringField("description", texts.get("right." + right));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("purposes");
            for (PurposeDetails purpose : purposes) {
                writePurpose(json, texts, purpose);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writePurpose(JsonGenerator json, ArchiveTexts texts, PurposeDetails purpose)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("code", purpose.code());
        json.writeNumberField("position", purpose.position());
        json.writeStringField("name", purpose.name());
        json.writeStringField("description", purpose.description());
        json.writeStringField("legalBasis", purpose.legalBasis().name());
        json.writeStringField(
                "legalBasisText", texts.get("basis." + purpose.legalBasis().name()));
        json.writeStringField("customerControl", purpose.control().name());
        json.writeStringField(
                "customerControlText", texts.get("control." + purpose.control().name()));
        json.writeBooleanField("directMarketing", purpose.directMarketing());
        json.writeArrayFieldStart("categories");
        for (DataCategory category : DataCategory.values()) {
            if (purpose.uses(category)) {
                json.writeString(category.name());
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("recipients");
        for (RecipientDetails recipient : purpose.recipients()) {
            json.writeStartObject();
            json.writeStringField("name", recipient.name());
            json.writeStringField("service", recipient.service());
            json.writeStringField("country", recipient.country());
            json.writeFieldName("processingAgreementSignedOn");
            writeValue(json, recipient.agreementSignedOn(), new char[IsoText.MAX_LENGTH]);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("retention", purpose.retention());
        json.writeFieldName("retentionMonths");
        if (purpose.retentionMonths() == null) {
            json.writeNull();
        } else {
            json.writeNumber(purpose.retentionMonths());
        }
        json.writeStringField("source", purpose.source());
        json.writeEndObject();
    }

    private static void writeHeader(JsonGenerator json, ArchiveHeader header) throws IOException {
        json.writeStringField("format", ArchiveHeader.FORMAT);
        json.writeNumberField("formatVersion", ArchiveHeader.FORMAT_VERSION);
        json.writeStringField("customerNumber", header.customerNumber());
        json.writeStringField("generatedAt", header.generatedAt().toString());
        json.writeStringField("language", header.language().code());
    }

    private static void writeValue(JsonGenerator json, Object value, char[] scratch) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Instant instant) {
            json.writeString(scratch, 0, IsoText.instant(instant, scratch, 0));
        } else if (value instanceof LocalDate date) {
            json.writeString(scratch, 0, IsoText.date(date, scratch, 0));
        } else {
            throw new IllegalArgumentException(
                    "Unexpected value type " + value.getClass().getName());
        }
    }
}
