package be.cloudgroup.privacy.demo;

import be.cloudgroup.privacy.customer.CompanyName;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.CustomerStatus;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.LeadSource;
import be.cloudgroup.privacy.customer.PersonName;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.customer.VatNumber;
import be.cloudgroup.privacy.demo.DemoCatalog.Campaign;
import be.cloudgroup.privacy.demo.DemoCatalog.Names;
import be.cloudgroup.privacy.demo.DemoCatalog.Product;
import be.cloudgroup.privacy.demo.DemoCatalog.ProductKind;
import be.cloudgroup.privacy.demo.DemoCatalog.Region;
import be.cloudgroup.privacy.demo.DemoCatalog.TicketSubject;
import be.cloudgroup.privacy.demo.DemoCatalog.Town;
import be.cloudgroup.privacy.embedded.rows.CustomerRow;
import be.cloudgroup.privacy.shared.Language;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Deterministic, realistic Belgian demo data for the embedded demo: two hand-made demo customers
 * ({@value #CUSTOMER_EMAIL}, {@value #BUSINESS_EMAIL}) with a long history, about a thousand
 * generated customers across the four language areas, marketing campaigns, and portal accounts for
 * the demo users and a third of the customers.
 *
 * <p>Everything comes from one {@code Random(}{@value #SEED}{@code )} and dates relative to the
 * clock's today, so the same clock gives the same rows. Every name, e-mail address, phone number,
 * postal address and VAT number goes through the domain value object before it is inserted, and the
 * canonical form is what is stored; customers are {@link CustomerRow}s, as in the tests. E-mail addresses only use the reserved {@code example.*}
 * domains.
 *
 * <p>Plain JDBC, no Spring: the demo launcher calls {@link #seedIfEmpty} with the portal's data
 * source once the schema is migrated. Register tables (seeded by Liquibase), sign-ins and the audit
 * log are not touched.
 */
public final class DemoData {

    public static final long SEED = 20261126L;
    public static final String CUSTOMER_EMAIL = "customer@example.com";
    public static final String BUSINESS_EMAIL = "business@example.com";
    public static final String SUPPORT_EMAIL = "support@example.com";
    public static final String ADMIN_EMAIL = "admin@example.com";
    /** Number of generated customers on top of the two demo customers. */
    public static final int GENERATED_CUSTOMERS = 1000;

    private static final int BATCH_SIZE = 500;
    private static final double VAT_RATE = 1.21;

    private DemoData() {}

    /** Rows inserted per table; all zero when the database already held customers. */
    public record Result(
            int customers,
            int contracts,
            int invoices,
            int serviceTickets,
            int communications,
            int marketingCampaigns,
            int campaignEnrolments,
            int consentDecisions,
            int portalAccounts,
            int portalAccountRoles) {

        public static final Result NOTHING = new Result(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public boolean seeded() {
            return customers > 0;
        }

        public int total() {
            return customers
                    + contracts
                    + invoices
                    + serviceTickets
                    + communications
                    + marketingCampaigns
                    + campaignEnrolments
                    + consentDecisions
                    + portalAccounts
                    + portalAccountRoles;
        }
    }

    /**
     * Inserts the demo data in one transaction if the {@code customer} table is empty; otherwise
     * does nothing and returns {@link Result#NOTHING}. On any failure the transaction is rolled back.
     */
    public static Result seedIfEmpty(DataSource dataSource, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (hasCustomers(connection)) {
                    connection.rollback();
                    return Result.NOTHING;
                }
                Dataset data = new Generator(new Random(SEED), clock).generate();
                Result result = new Writer(connection).write(data);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data could not be inserted: " + e.getMessage(), e);
        }
    }

    /**
     * The customer rows that {@link #seedIfEmpty} would insert with this clock, as column name to
     * value; for tests of determinism that need no database.
     */
    static List<Map<String, Object>> customerRows(Clock clock) {
        return new Generator(new Random(SEED), clock)
                .generate().customers.stream().map(CustomerRow::columns).toList();
    }

    private static boolean hasCustomers(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM customer LIMIT 1")) {
            return rows.next();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Rows. Ids are assigned here; the tables that reference a customer are empty whenever the
    // customer table is, so their ids can start at 1. Campaigns and portal accounts may exist
    // already (they do not need a customer): the writer offsets or skips those.
    // ------------------------------------------------------------------------------------------

    private record Table(String name, List<String> columns, List<Object[]> rows) {
        Table(String name, String... columns) {
            this(name, List.of(columns), new ArrayList<>());
        }

        void add(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(
                        name + ": " + values.length + " values for " + columns.size() + " columns");
            }
            rows.add(values);
        }
    }

    private record CampaignRow(long id, String code, Campaign campaign, LocalDate startsOn, LocalDate endsOn) {}

    private record Account(
            long id,
            String email,
            String displayName,
            Long customerId,
            String status,
            LocalDateTime createdAt,
            List<String> roles) {}

    private static final class Dataset {
        final List<CampaignRow> campaigns = new ArrayList<>();
        final List<CustomerRow> customers = new ArrayList<>();
        final Table contracts = new Table(
                "contract",
                "id",
                "customer_id",
                "contract_number",
                "product",
                "phone_number",
                "start_date",
                "end_date",
                "status");
        final Table invoices = new Table(
                "invoice",
                "id",
                "customer_id",
                "contract_id",
                "invoice_number",
                "issue_date",
                "due_date",
                "amount_cents",
                "currency",
                "status",
                "paid_on",
                "payment_method",
                "masked_account");
        final Table tickets = new Table(
                "service_ticket",
                "id",
                "customer_id",
                "ticket_number",
                "opened_at",
                "closed_at",
                "channel",
                "subject",
                "status");
        final Table communications =
                new Table("communication", "id", "customer_id", "sent_at", "channel", "kind", "subject", "campaign_id");
        final Table enrolments =
                new Table("campaign_enrolment", "id", "customer_id", "campaign_id", "enrolled_on", "ends_on");
        /** The consent ledger; actor_account_id holds the generated account id until written. */
        final Table decisions = new Table(
                "consent_decision",
                "id",
                "customer_id",
                "subject",
                "decision",
                "decided_at",
                "policy_version",
                "means",
                "actor_account_id",
                "actor_name",
                "idempotency_key");

        final List<Account> accounts = new ArrayList<>();
    }

    // ------------------------------------------------------------------------------------------
    // Generation: pure, deterministic, no database.
    // ------------------------------------------------------------------------------------------

    /** What the generator remembers about a contract to write invoices and messages for it. */
    private record ContractInfo(long id, Product product, int monthlyCents, LocalDate start, LocalDate end) {
        boolean runsOn(LocalDate day) {
            return !start.isAfter(day) && (end == null || !end.isBefore(day));
        }
    }

    private record TicketInfo(String number, LocalDateTime openedAt, LocalDateTime closedAt, String channel) {}

    private record InvoiceInfo(LocalDate issueDate) {}

    private record EnrolmentInfo(CampaignRow campaign, LocalDate enrolledOn) {}

    /** Fields of one customer row, before validation. */
    private static final class Person {
        long id;
        String type = "PRIVATE";
        String salutation;
        String firstName;
        String lastName;
        String companyName;
        String vatNumber;
        String email;
        String phone;
        String mobile;
        String street;
        String houseNumber;
        String box;
        String postalCode;
        String city;
        String language;
        String status;
        String leadSource;
        String leadSourceDetail;
        LocalDate acquiredOn;
        LocalDateTime createdAt;
        final List<ContractInfo> contracts = new ArrayList<>();
        final List<InvoiceInfo> invoices = new ArrayList<>();
        final List<TicketInfo> tickets = new ArrayList<>();
        final List<EnrolmentInfo> enrolments = new ArrayList<>();
        /** Since when the customer receives the e-mail newsletter, or null. */
        LocalDateTime newsletterSince;

        boolean business() {
            return "BUSINESS".equals(type);
        }

        String displayName() {
            return firstName != null ? firstName + " " + lastName : companyName;
        }
    }

    private static final class Generator {

        /** The identity stream: who the customers are, independent of the date. */
        private final Random identity;
        /** The stream in use: {@link #identity}, or while writing a customer's history, that customer's own. */
        private Random random;

        private final LocalDate today;
        private final LocalDateTime now;
        private final Dataset data = new Dataset();
        private final Set<String> usedEmails = new HashSet<>();
        private final Set<String> usedPhones = new HashSet<>();
        private final Set<String> usedVatNumbers = new HashSet<>();
        private final Map<String, CampaignRow> campaignsByPrefix = new HashMap<>();
        private long contractSeq;
        private long invoiceSeq;
        private long ticketSeq;
        private long communicationSeq;
        private long enrolmentSeq;
        private long decisionSeq;
        private long accountSeq;

        Generator(Random random, Clock clock) {
            this.identity = random;
            this.random = random;
            this.today = LocalDate.now(clock);
            this.now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        }

        Dataset generate() {
            campaigns();
            Person anke = demoCustomer();
            Person brewery = demoBusiness();
            List<Person> generated = new ArrayList<>();
            for (int i = 0; i < GENERATED_CUSTOMERS; i++) {
                generated.add(generatedCustomer(3 + i));
            }
            accounts(anke, brewery, generated);
            return data;
        }

        // ---- campaigns ----

        private void campaigns() {
            long id = 0;
            for (Campaign campaign : DemoCatalog.CAMPAIGNS) {
                LocalDate starts = today.minusMonths(campaign.startsMonthsAgo()).withDayOfMonth(1);
                LocalDate ends = today.minusMonths(campaign.endsMonthsAgo())
                        .withDayOfMonth(1)
                        .minusDays(1);
                CampaignRow row =
                        new CampaignRow(++id, campaign.codePrefix() + starts.getYear(), campaign, starts, ends);
                data.campaigns.add(row);
                campaignsByPrefix.put(campaign.codePrefix(), row);
            }
        }

        // ---- the two hand-made demo customers ----

        private Person demoCustomer() {
            Person p = new Person();
            p.id = 1;
            p.salutation = "MS";
            p.firstName = "Anke";
            p.lastName = "Peeters";
            p.email = CUSTOMER_EMAIL;
            p.mobile = "+32 475 61 38 29";
            p.phone = "09 223 18 47";
            p.street = "Kortrijksepoortstraat";
            p.houseNumber = "57";
            p.postalCode = "9000";
            p.city = "Gent";
            p.language = "NL";
            p.status = "ACTIVE";
            p.leadSource = "WEBSITE_FORM";
            p.leadSourceDetail = DemoCatalog.LEAD_DETAILS[0].nl();
            p.acquiredOn = today.minusMonths(50).minusDays(12);
            p.createdAt = p.acquiredOn.atTime(19, 42, 13);
            insertCustomer(p);

            String oldMobile = mobile();
            contract(
                    p,
                    product("Mobile Basic 5GB"),
                    1500,
                    oldMobile,
                    p.acquiredOn.plusDays(9),
                    today.minusMonths(22).minusDays(4),
                    "ENDED");
            ContractInfo fibre =
                    contract(p, product("Fibre Internet 500"), 5995, null, p.acquiredOn.plusDays(16), null, "ACTIVE");
            ContractInfo mobile = contract(
                    p,
                    product("Mobile Unlimited 20GB"),
                    2500,
                    p.mobile,
                    today.minusMonths(22).minusDays(4),
                    null,
                    "ACTIVE");
            CampaignRow pbxOffer = campaignsByPrefix.get("OFFER-PBX-");
            ContractInfo pbx = contract(
                    p,
                    product("Cloud PBX Business"),
                    1995,
                    p.phone,
                    pbxOffer.startsOn().plusDays(40),
                    null,
                    "ACTIVE");

            // 49 monthly invoices, the newest three days old and still open; one paid late, one credited.
            int months = 48;
            for (int k = months; k >= 0; k--) {
                LocalDate issue = today.minusMonths(k).minusDays(3);
                LocalDate due = issue.plusDays(21);
                String status = "PAID";
                LocalDate paidOn = due;
                String method = "DIRECT_DEBIT";
                if (k == 0) {
                    status = "OPEN";
                    paidOn = null;
                } else if (k == 14) {
                    method = "TRANSFER";
                    paidOn = due.plusDays(26);
                } else if (k == 31) {
                    status = "CREDITED";
                    paidOn = null;
                }
                invoice(
                        p,
                        issue,
                        due,
                        usage(p, issue, 120 + random.nextInt(400)),
                        status,
                        paidOn,
                        method,
                        "BE** **** **** 4417");
            }

            ticket(
                    p,
                    "PHONE",
                    subject("Storing internetverbinding"),
                    today.minusMonths(41).atTime(8, 17, 5),
                    Handling.hours(26),
                    "CLOSED");
            ticket(
                    p,
                    "EMAIL",
                    subject("Vraag over mijn factuur"),
                    today.minusMonths(31).atTime(20, 3, 44),
                    Handling.hours(50),
                    "RESOLVED");
            ticket(
                    p,
                    "CHAT",
                    subject("Simkaart verloren"),
                    today.minusMonths(19).atTime(12, 31, 0),
                    Handling.hours(2),
                    "CLOSED");
            ticket(
                    p,
                    "PORTAL",
                    subject("Toestel voor Cloud PBX configureren"),
                    pbx.start().plusDays(3).atTime(9, 12, 30),
                    Handling.hours(28),
                    "CLOSED");
            ticket(
                    p,
                    "PHONE",
                    subject("Roaming werkt niet in het buitenland"),
                    today.minusMonths(4).atTime(16, 48, 10),
                    Handling.hours(5),
                    "RESOLVED");
            ticket(
                    p,
                    "PORTAL",
                    subject("Wijziging domiciliëring"),
                    today.minusDays(6).atTime(10, 5, 27),
                    null,
                    "IN_PROGRESS");
            ticket(
                    p,
                    "CHAT",
                    subject("Slechte gesprekskwaliteit"),
                    today.minusDays(1).atTime(7, 58, 2),
                    null,
                    "OPEN");

            subscription(p, "NEWSLETTER", "EMAIL", true, p.acquiredOn.atTime(19, 44, 0));
            subscription(p, "NEWSLETTER", "SMS", false, p.acquiredOn.atTime(19, 44, 0));
            subscription(p, "NEWSLETTER", "POST", false, today.minusMonths(27).atTime(21, 10, 0));
            subscription(p, "SERVICE_UPDATES", "EMAIL", true, p.acquiredOn.atTime(19, 44, 0));

            enrol(p, pbxOffer, pbxOffer.startsOn().plusDays(2), pbxOffer.endsOn());
            CampaignRow mobileOffer = campaignsByPrefix.get("OFFER-MOBILE-");
            enrol(p, mobileOffer, mobileOffer.startsOn().plusDays(1), mobileOffer.endsOn());

            List<Object[]> messages = new ArrayList<>();
            List<InvoiceInfo> invoices = p.invoices;
            for (InvoiceInfo invoice : invoices.subList(invoices.size() - 24, invoices.size())) {
                messages.add(message(
                        p,
                        invoice.issueDate().atTime(6, 30, 0),
                        "EMAIL",
                        "INVOICE_NOTICE",
                        invoiceNotice(p, invoice),
                        null));
            }
            for (int k = 6; k >= 1; k--) {
                LocalDate first = YearMonth.from(today).minusMonths(k).atDay(1);
                messages.add(message(
                        p, firstWeekday(first).atTime(8, 0, 0), "EMAIL", "NEWSLETTER", newsletter(p, first), null));
            }
            messages.add(message(
                    p,
                    fibre.start().minusDays(3).atTime(14, 20, 0),
                    "EMAIL",
                    "SERVICE_MESSAGE",
                    DemoCatalog.SERVICE_MESSAGES.get(0).in(p.language),
                    null));
            messages.add(message(
                    p,
                    mobile.start().atTime(11, 5, 0),
                    "EMAIL",
                    "SERVICE_MESSAGE",
                    DemoCatalog.SERVICE_MESSAGES.get(1).in(p.language),
                    null));
            messages.add(message(
                    p,
                    today.minusMonths(9).atTime(9, 0, 0),
                    "EMAIL",
                    "SERVICE_MESSAGE",
                    maintenance(p, today.minusMonths(9).plusDays(7)),
                    null));
            messages.add(message(
                    p,
                    today.minusMonths(2).plusDays(5).atTime(17, 41, 0),
                    "SMS",
                    "SERVICE_MESSAGE",
                    DemoCatalog.DATA_USAGE.in(p.language),
                    null));
            messages.add(message(
                    p,
                    pbxOffer.startsOn().plusDays(2).atTime(10, 0, 0),
                    "EMAIL",
                    "CAMPAIGN",
                    pbxOffer.campaign().subject().in(p.language),
                    pbxOffer.id()));
            messages.add(message(
                    p,
                    mobileOffer.startsOn().plusDays(1).atTime(10, 0, 0),
                    "EMAIL",
                    "CAMPAIGN",
                    mobileOffer.campaign().subject().in(p.language),
                    mobileOffer.id()));
            for (TicketInfo ticket : p.tickets) {
                if (ticket.closedAt() != null && !"PHONE".equals(ticket.channel())) {
                    messages.add(message(
                            p,
                            ticket.closedAt().minusMinutes(20),
                            "EMAIL",
                            "USER_MESSAGE",
                            DemoCatalog.TICKET_REPLY.in(p.language).formatted(ticket.number()),
                            null));
                }
            }
            addMessages(p, messages);
            return p;
        }

        private Person demoBusiness() {
            Person p = new Person();
            p.id = 2;
            p.type = "BUSINESS";
            p.salutation = "MR";
            p.firstName = "Joris";
            p.lastName = "Van den Broeck";
            p.companyName = "Brouwerij De Vijf Sleutels BV";
            p.vatNumber = belgianVat(712_3456);
            p.email = BUSINESS_EMAIL;
            p.phone = "03 248 77 10";
            p.mobile = "0486 30 52 19";
            p.street = "Noorderlaan";
            p.houseNumber = "112";
            p.box = "B";
            p.postalCode = "2030";
            p.city = "Antwerpen";
            p.language = "NL";
            p.status = "ACTIVE";
            p.leadSource = "PARTNER_REFERRAL";
            p.leadSourceDetail = DemoCatalog.LEAD_DETAILS[2].nl().formatted("Telnetix BV");
            p.acquiredOn = today.minusMonths(34).minusDays(20);
            p.createdAt = p.acquiredOn.atTime(10, 14, 55);
            insertCustomer(p);

            LocalDate start = p.acquiredOn.plusDays(21);
            contract(
                    p,
                    new Product("Cloud PBX Business (12 users)", 12 * 1995, ProductKind.PBX),
                    12 * 1995,
                    p.phone,
                    start,
                    null,
                    "ACTIVE");
            contract(p, product("Business Fibre 1000"), 9900, null, start, null, "ACTIVE");
            contract(p, product("Mobile Business 50GB"), 3900, p.mobile, start.plusDays(7), null, "ACTIVE");
            contract(p, product("Mobile Business 50GB"), 3900, mobile(), start.plusDays(7), null, "ACTIVE");
            contract(p, product("Mobile Business 50GB"), 3900, mobile(), today.minusMonths(8), null, "SUSPENDED");
            contract(p, product("SIP Trunk 10 channels"), 4900, landline("3"), start, start.plusMonths(14), "ENDED");

            for (int k = 32; k >= 0; k--) {
                LocalDate issue = YearMonth.from(today).minusMonths(k).atDay(1);
                if (issue.isAfter(today)) {
                    continue;
                }
                LocalDate due = issue.plusDays(30);
                boolean open = !due.isBefore(today);
                LocalDate paidOn = open ? null : issue.plusDays(18 + random.nextInt(10));
                invoice(
                        p,
                        issue,
                        due,
                        usage(p, issue, 2_000 + random.nextInt(6_000)),
                        open ? "OPEN" : "PAID",
                        paidOn,
                        "TRANSFER",
                        "BE** **** **** 0982");
            }

            ticket(
                    p,
                    "PHONE",
                    subject("Nummeroverdracht naar Cloud Group"),
                    start.minusDays(10).atTime(9, 30, 0),
                    Handling.hours(70),
                    "CLOSED");
            ticket(
                    p,
                    "PORTAL",
                    subject("Toestel voor Cloud PBX configureren"),
                    start.plusDays(2).atTime(13, 2, 0),
                    Handling.hours(4),
                    "CLOSED");
            ticket(
                    p,
                    "EMAIL",
                    subject("Vraag over mijn factuur"),
                    today.minusMonths(10).atTime(15, 45, 0),
                    Handling.hours(30),
                    "RESOLVED");
            ticket(
                    p,
                    "PHONE",
                    subject("Slechte gesprekskwaliteit"),
                    today.minusDays(3).atTime(11, 11, 0),
                    null,
                    "IN_PROGRESS");

            subscription(p, "PRODUCT_NEWS", "EMAIL", true, p.createdAt.plusMinutes(3));
            subscription(p, "SERVICE_UPDATES", "EMAIL", true, p.createdAt.plusMinutes(3));
            subscription(p, "SERVICE_UPDATES", "SMS", true, p.createdAt.plusMinutes(3));
            subscription(p, "NEWSLETTER", "POST", false, p.createdAt.plusMinutes(3));

            List<Object[]> messages = new ArrayList<>();
            for (InvoiceInfo invoice : p.invoices.subList(p.invoices.size() - 12, p.invoices.size())) {
                messages.add(message(
                        p,
                        invoice.issueDate().atTime(6, 30, 0),
                        "EMAIL",
                        "INVOICE_NOTICE",
                        invoiceNotice(p, invoice),
                        null));
            }
            messages.add(message(
                    p,
                    start.atTime(16, 0, 0),
                    "EMAIL",
                    "SERVICE_MESSAGE",
                    DemoCatalog.SERVICE_MESSAGES.get(2).in(p.language),
                    null));
            messages.add(message(
                    p,
                    today.minusMonths(9).atTime(9, 0, 0),
                    "EMAIL",
                    "SERVICE_MESSAGE",
                    maintenance(p, today.minusMonths(9).plusDays(7)),
                    null));
            LocalDate priceChange = LocalDate.of(today.getYear() - 1, 11, 28);
            messages.add(message(
                    p,
                    priceChange.atTime(9, 0, 0),
                    "POST",
                    "SERVICE_MESSAGE",
                    DemoCatalog.SERVICE_MESSAGES.get(3).in(p.language),
                    null));
            for (TicketInfo ticket : p.tickets) {
                if (ticket.closedAt() != null && !"PHONE".equals(ticket.channel())) {
                    messages.add(message(
                            p,
                            ticket.closedAt().minusMinutes(15),
                            "EMAIL",
                            "USER_MESSAGE",
                            DemoCatalog.TICKET_REPLY.in(p.language).formatted(ticket.number()),
                            null));
                }
            }
            addMessages(p, messages);
            return p;
        }

        // ---- generated customers ----

        private Person generatedCustomer(long id) {
            Person p = new Person();
            p.id = id;
            Region region = region();
            Town town = town(region);
            p.language = language(region);
            Names names = names(region, p.language);
            boolean female = random.nextBoolean();
            p.firstName = pick(female ? names.female() : names.male());
            p.lastName = pick(names.last());
            int salutation = random.nextInt(100);
            p.salutation = salutation < 2 ? "MX" : salutation < 5 ? "NONE" : female ? "MS" : "MR";
            if (random.nextInt(100) < 15) {
                p.type = "BUSINESS";
                p.companyName = companyName(p.language, names);
                p.vatNumber = belgianVat(2_000_000 + random.nextInt(8_000_000));
            }
            int status = random.nextInt(100);
            p.status = status < 74 ? "ACTIVE" : status < 87 ? "FORMER" : "PROSPECT";
            p.email = email(p);
            p.mobile = random.nextInt(100) < (p.business() ? 80 : 95) ? mobile() : null;
            p.phone = random.nextInt(100) < (p.business() ? 85 : 30) ? landline(town.zone()) : null;
            address(p, town, region);
            switch (p.status) {
                case "PROSPECT" -> p.acquiredOn = today.minusDays(20 + random.nextInt(520));
                case "ACTIVE" -> p.acquiredOn = today.minusDays(60 + random.nextInt(2_900));
                default -> p.acquiredOn = today.minusDays(400 + random.nextInt(2_800));
            }
            leadSource(p);
            p.createdAt = p.acquiredOn.atTime(8 + random.nextInt(11), random.nextInt(60), random.nextInt(60));
            insertCustomer(p);

            // How much history there is depends on today's date; a stream per customer keeps the
            // identities of all later customers the same whatever the date.
            random = new Random(identity.nextLong());
            try {
                if (!"PROSPECT".equals(p.status)) {
                    contracts(p);
                    invoices(p);
                    tickets(p);
                }
                subscriptions(p);
                marketingDecisions(p);
                enrolments(p);
                communications(p);
            } finally {
                random = identity;
            }
            return p;
        }

        private Region region() {
            int r = random.nextInt(1000);
            if (r < DemoCatalog.FLANDERS_PER_MILLE) {
                return Region.FLANDERS;
            }
            if (r < DemoCatalog.FLANDERS_PER_MILLE + DemoCatalog.WALLONIA_PER_MILLE) {
                return Region.WALLONIA;
            }
            if (r < DemoCatalog.FLANDERS_PER_MILLE + DemoCatalog.WALLONIA_PER_MILLE + DemoCatalog.BRUSSELS_PER_MILLE) {
                return Region.BRUSSELS;
            }
            return Region.EAST;
        }

        private Town town(Region region) {
            List<Town> towns =
                    DemoCatalog.TOWNS.stream().filter(t -> t.region() == region).toList();
            int total = towns.stream().mapToInt(Town::weight).sum();
            int r = random.nextInt(total);
            for (Town town : towns) {
                r -= town.weight();
                if (r < 0) {
                    return town;
                }
            }
            throw new IllegalStateException("unreachable");
        }

        private String language(Region region) {
            int r = random.nextInt(100);
            return switch (region) {
                case FLANDERS -> r < 94 ? "NL" : "EN";
                case WALLONIA -> r < 96 ? "FR" : "EN";
                case BRUSSELS -> r < 55 ? "FR" : r < 80 ? "NL" : "EN";
                case EAST -> r < 85 ? "DE" : "FR";
            };
        }

        private Names names(Region region, String language) {
            return switch (language) {
                case "NL" -> DemoCatalog.FLEMISH;
                case "DE" -> DemoCatalog.GERMAN;
                case "FR" ->
                    region == Region.BRUSSELS && random.nextInt(100) < 25
                            ? DemoCatalog.INTERNATIONAL
                            : DemoCatalog.WALLOON;
                default -> DemoCatalog.INTERNATIONAL;
            };
        }

        private String companyName(String language, Names names) {
            List<String> patterns = switch (language) {
                case "NL" -> DemoCatalog.DUTCH_COMPANIES;
                case "FR" -> DemoCatalog.FRENCH_COMPANIES;
                case "DE" -> DemoCatalog.GERMAN_COMPANIES;
                default -> DemoCatalog.ENGLISH_COMPANIES;
            };
            return pick(patterns).formatted(pick(names.last()));
        }

        private void address(Person p, Town town, Region region) {
            p.street = switch (region) {
                case BRUSSELS -> pick(DemoCatalog.BRUSSELS_STREETS)["NL".equals(p.language) ? 1 : 0];
                case FLANDERS -> pick(DemoCatalog.DUTCH_STREETS);
                case WALLONIA -> pick(DemoCatalog.FRENCH_STREETS);
                case EAST -> pick(DemoCatalog.GERMAN_STREETS);
            };
            int number = 1 + random.nextInt(random.nextInt(100) < 70 ? 80 : 240);
            p.houseNumber = random.nextInt(100) < 6
                    ? number + String.valueOf((char) ('A' + random.nextInt(3)))
                    : String.valueOf(number);
            if (random.nextInt(100) < (region == Region.BRUSSELS ? 45 : 12)) {
                p.box = String.valueOf(1 + random.nextInt(random.nextBoolean() ? 9 : 40));
            }
            p.postalCode = town.postalCode();
            p.city = town.nameIn(p.language);
        }

        private void leadSource(Person p) {
            int index;
            if ("PROSPECT".equals(p.status)) {
                index = random.nextInt(4); // website, trade fair, partner, purchased list
            } else if (random.nextInt(100) < 10) {
                return; // legacy customer from before the source was recorded
            } else {
                index = random.nextInt(DemoCatalog.LEAD_SOURCES.size());
            }
            p.leadSource = DemoCatalog.LEAD_SOURCES.get(index);
            String detail = DemoCatalog.LEAD_DETAILS[index].in(p.language);
            p.leadSourceDetail = switch (index) {
                case 1 -> detail.formatted(pick(DemoCatalog.TRADE_FAIRS) + " " + p.acquiredOn.getYear());
                case 2 -> detail.formatted(pick(DemoCatalog.PARTNERS));
                default -> detail;
            };
        }

        private void contracts(Person p) {
            List<Product> catalogue = p.business() ? DemoCatalog.BUSINESS_PRODUCTS : DemoCatalog.PRIVATE_PRODUCTS;
            int count = "FORMER".equals(p.status) ? 1 + random.nextInt(2) : 1 + random.nextInt(3);
            LocalDate firstStart = p.acquiredOn.plusDays(3 + random.nextInt(28));
            LocalDate lastDay = "FORMER".equals(p.status) ? today.minusDays(90) : today.minusDays(7);
            if (firstStart.isAfter(lastDay)) {
                firstStart = lastDay;
            }
            List<Product> taken = new ArrayList<>();
            boolean mobileUsed = false;
            for (int i = 0; i < count; i++) {
                Product product = pick(catalogue);
                if (taken.contains(product)) {
                    continue;
                }
                taken.add(product);
                int monthly = product.monthlyCents();
                String name = product.name();
                if (product.kind() == ProductKind.PBX) {
                    int users = 2 + random.nextInt(24);
                    monthly *= users;
                    name = name + " (" + users + " users)";
                }
                LocalDate start = i == 0
                        ? firstStart
                        : firstStart.plusDays(
                                random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(firstStart, lastDay))));
                String phoneNumber = switch (product.kind()) {
                    case MOBILE -> {
                        String own = !mobileUsed && p.mobile != null ? p.mobile : mobile();
                        mobileUsed = true;
                        yield own;
                    }
                    case FIXED, PBX -> p.phone != null ? p.phone : landlineNear(p);
                    default -> null;
                };
                LocalDate end = null;
                String status = "ACTIVE";
                if ("FORMER".equals(p.status)) {
                    LocalDate latestEnd = today.minusDays(30);
                    end = start.plusMonths(6 + random.nextInt(36));
                    if (end.isAfter(latestEnd)) {
                        end = latestEnd.minusDays(random.nextInt(200));
                    }
                    if (!end.isAfter(start)) {
                        end = start.plusDays(1);
                    }
                    status = "ENDED";
                } else if (i > 0) {
                    int r = random.nextInt(100);
                    LocalDate earliestEnd = start.plusDays(90);
                    if (r < 20 && earliestEnd.isBefore(today)) {
                        long span = ChronoUnit.DAYS.between(earliestEnd, today);
                        end = earliestEnd.plusDays(random.nextInt((int) Math.max(1, span)));
                        status = "ENDED";
                    } else if (r < 23) {
                        status = "SUSPENDED";
                    }
                }
                contract(p, new Product(name, monthly, product.kind()), monthly, phoneNumber, start, end, status);
            }
        }

        private void invoices(Person p) {
            int dayOfMonth = 1 + random.nextInt(28);
            boolean business = p.business();
            int method = random.nextInt(100);
            String paymentMethod = business
                    ? (method < 70 ? "TRANSFER" : "DIRECT_DEBIT")
                    : method < 70 ? "DIRECT_DEBIT" : method < 90 ? "TRANSFER" : "CARD";
            String masked = ("CARD".equals(paymentMethod) ? "**** **** **** " : "BE** **** **** ")
                    + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
            int paymentDays = business ? 30 : 14;
            List<LocalDate> issueDates = new ArrayList<>();
            for (int k = 0; k < 120 && issueDates.size() < 12; k++) {
                LocalDate issue = YearMonth.from(today).minusMonths(k).atDay(dayOfMonth);
                if (issue.isAfter(today)) {
                    continue;
                }
                if (issue.isBefore(p.contracts.get(0).start())) {
                    break;
                }
                if (p.contracts.stream().anyMatch(c -> c.runsOn(issue))) {
                    issueDates.add(0, issue);
                }
            }
            for (LocalDate issue : issueDates) {
                LocalDate due = issue.plusDays(paymentDays);
                int r = random.nextInt(100);
                String status;
                LocalDate paidOn = null;
                if (!due.isBefore(today)) {
                    status = "OPEN";
                } else if (r < 3 && due.isAfter(today.minusDays(90))) {
                    status = "OVERDUE";
                } else if (r < 4) {
                    status = "CREDITED";
                } else {
                    status = "PAID";
                    paidOn = switch (paymentMethod) {
                        case "DIRECT_DEBIT" -> due;
                        case "CARD" -> issue.plusDays(random.nextInt(4));
                        default -> issue.plusDays(3 + random.nextInt(paymentDays + 5));
                    };
                    if (!paidOn.isBefore(today)) {
                        paidOn = today.minusDays(1);
                    }
                }
                invoice(
                        p,
                        issue,
                        due,
                        usage(p, issue, random.nextInt(business ? 4_000 : 900)),
                        status,
                        paidOn,
                        paymentMethod,
                        masked);
            }
        }

        private void tickets(Person p) {
            int r = random.nextInt(100);
            int count = r < 45 ? 0 : r < 75 ? 1 : r < 90 ? 2 : 3;
            LocalDate from = p.contracts.get(0).start();
            LocalDate to = today.minusDays(1);
            if ("FORMER".equals(p.status)) {
                to = p.contracts.stream()
                        .map(ContractInfo::end)
                        .max(Comparator.naturalOrder())
                        .orElse(to);
            }
            List<TicketSubject> subjects = DemoCatalog.TICKET_SUBJECTS.stream()
                    .filter(s -> p.business() || !s.businessOnly())
                    .toList();
            List<LocalDateTime> openings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                LocalDate day = from.plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(from, to))));
                openings.add(day.atTime(7 + random.nextInt(14), random.nextInt(60), random.nextInt(60)));
            }
            openings.sort(Comparator.naturalOrder());
            String[] channels = {"PHONE", "EMAIL", "PORTAL", "CHAT"};
            for (LocalDateTime opened : openings) {
                String channel = channels[random.nextInt(channels.length)];
                String subject = pick(subjects).text().in(p.language);
                if (opened.isAfter(now.minusDays(14)) && !"FORMER".equals(p.status)) {
                    ticket(p, channel, subject, opened, null, random.nextBoolean() ? "OPEN" : "IN_PROGRESS");
                } else {
                    ticket(
                            p,
                            channel,
                            subject,
                            opened,
                            Handling.minutes(20 + random.nextInt(60 * 24 * 8)),
                            random.nextInt(100) < 70 ? "CLOSED" : "RESOLVED");
                }
            }
        }

        private void subscriptions(Person p) {
            List<String[]> options = new ArrayList<>();
            options.add(new String[] {"NEWSLETTER", "EMAIL"});
            options.add(new String[] {"NEWSLETTER", "POST"});
            options.add(new String[] {"PRODUCT_NEWS", "EMAIL"});
            if (p.mobile != null) {
                options.add(new String[] {"PRODUCT_NEWS", "SMS"});
                options.add(new String[] {"SERVICE_UPDATES", "SMS"});
            }
            if (p.phone != null || p.mobile != null) {
                options.add(new String[] {"PRODUCT_NEWS", "PHONE"});
            }
            if (!"PROSPECT".equals(p.status)) {
                options.add(new String[] {"SERVICE_UPDATES", "EMAIL"});
            }
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count && !options.isEmpty(); i++) {
                String[] option = options.remove(random.nextInt(options.size()));
                boolean subscribed = switch (option[0]) {
                    case "SERVICE_UPDATES" -> random.nextInt(100) < 90;
                    case "NEWSLETTER" -> random.nextInt(100) < ("EMAIL".equals(option[1]) ? 60 : 20);
                    default -> random.nextInt(100) < 35;
                };
                long daysKnown = Math.max(1, ChronoUnit.DAYS.between(p.acquiredOn, today));
                LocalDateTime changedAt = i == 0
                        ? p.createdAt.plusMinutes(2)
                        : p.acquiredOn
                                .plusDays(random.nextInt((int) daysKnown))
                                .atTime(7 + random.nextInt(15), random.nextInt(60), random.nextInt(60));
                subscription(p, option[0], option[1], subscribed, changedAt);
            }
        }

        private void enrolments(Person p) {
            if ("PROSPECT".equals(p.status)) {
                if (random.nextInt(100) >= 70) {
                    return;
                }
                CampaignRow welcome = campaignsByPrefix.get("NURT-WELCOME-");
                CampaignRow campaign =
                        !p.acquiredOn.isBefore(welcome.startsOn()) && !p.acquiredOn.isAfter(welcome.endsOn())
                                ? welcome
                                : campaignsByPrefix.get("NURT-FIBRE-");
                LocalDate enrolled = p.acquiredOn.isBefore(campaign.startsOn()) ? campaign.startsOn() : p.acquiredOn;
                LocalDate ends = enrolled.plusMonths(6);
                enrol(p, campaign, enrolled, ends.isAfter(campaign.endsOn()) ? campaign.endsOn() : ends);
            } else if ("ACTIVE".equals(p.status) && random.nextInt(100) < 15) {
                CampaignRow campaign = campaignsByPrefix.get(p.business() ? "OFFER-PBX-" : "OFFER-MOBILE-");
                if (p.acquiredOn.isAfter(campaign.startsOn())) {
                    return;
                }
                LocalDate lastDay = campaign.endsOn().isBefore(today) ? campaign.endsOn() : today.minusDays(1);
                long span = Math.max(1, ChronoUnit.DAYS.between(campaign.startsOn(), lastDay));
                enrol(p, campaign, campaign.startsOn().plusDays(random.nextInt((int) span)), campaign.endsOn());
            }
        }

        private void communications(Person p) {
            int count = random.nextInt("PROSPECT".equals(p.status) ? 5 : 7);
            List<String> kinds = new ArrayList<>();
            if (!p.invoices.isEmpty()) {
                kinds.add("INVOICE_NOTICE");
            }
            if (!p.contracts.isEmpty()) {
                kinds.add("SERVICE_MESSAGE");
            }
            if (p.newsletterSince != null) {
                kinds.add("NEWSLETTER");
            }
            if (!p.enrolments.isEmpty()) {
                kinds.add("CAMPAIGN");
            }
            if (p.tickets.stream().anyMatch(t -> t.closedAt() != null)) {
                kinds.add("USER_MESSAGE");
            }
            List<Object[]> messages = new ArrayList<>();
            for (int i = 0; i < count && !kinds.isEmpty(); i++) {
                String kind = pick(kinds);
                switch (kind) {
                    case "INVOICE_NOTICE" -> {
                        InvoiceInfo invoice = pick(p.invoices);
                        messages.add(message(
                                p,
                                invoice.issueDate().atTime(6, 30, 0),
                                random.nextInt(100) < 90 ? "EMAIL" : "POST",
                                kind,
                                invoiceNotice(p, invoice),
                                null));
                    }
                    case "SERVICE_MESSAGE" -> {
                        ContractInfo contract = pick(p.contracts);
                        if (contract.product().kind() == ProductKind.MOBILE && random.nextBoolean()) {
                            LocalDate last = contract.end() == null ? today.minusDays(1) : contract.end();
                            LocalDate day = contract.start().plusDays(random.nextInt((int)
                                    Math.max(1, ChronoUnit.DAYS.between(contract.start(), last))));
                            messages.add(message(
                                    p,
                                    day.atTime(9 + random.nextInt(12), random.nextInt(60), 0),
                                    "SMS",
                                    kind,
                                    DemoCatalog.DATA_USAGE.in(p.language),
                                    null));
                        } else if (random.nextBoolean()) {
                            messages.add(message(
                                    p,
                                    contract.start().atTime(11, random.nextInt(60), 0),
                                    "EMAIL",
                                    kind,
                                    DemoCatalog.SERVICE_MESSAGES.get(2).in(p.language),
                                    null));
                        } else {
                            LocalDate last = contract.end() == null
                                    ? today.minusDays(8)
                                    : contract.end().minusDays(7);
                            LocalDate day = contract.start().plusDays(random.nextInt((int)
                                    Math.max(1, ChronoUnit.DAYS.between(contract.start(), last))));
                            messages.add(message(
                                    p, day.atTime(9, 0, 0), "EMAIL", kind, maintenance(p, day.plusDays(7)), null));
                        }
                    }
                    case "NEWSLETTER" -> {
                        // Only while subscribed: the first issue after the subscription, or a later one.
                        YearMonth month = YearMonth.from(today).minusMonths(1 + random.nextInt(12));
                        YearMonth earliest = YearMonth.from(p.newsletterSince).plusMonths(1);
                        if (month.isBefore(earliest)) {
                            month = earliest;
                        }
                        LocalDateTime sent = firstWeekday(month.atDay(1)).atTime(8, 0, 0);
                        if (sent.isBefore(now)) {
                            messages.add(message(p, sent, "EMAIL", kind, newsletter(p, month.atDay(1)), null));
                        }
                    }
                    case "CAMPAIGN" -> {
                        EnrolmentInfo enrolment = pick(p.enrolments);
                        LocalDate day = enrolment.enrolledOn().plusDays(random.nextInt(7));
                        if (!day.isBefore(today)) {
                            day = today.minusDays(1);
                        }
                        CampaignRow campaign = enrolment.campaign();
                        messages.add(message(
                                p,
                                day.atTime(10, 0, 0),
                                "EMAIL",
                                kind,
                                campaign.campaign().subject().in(p.language),
                                campaign.id()));
                    }
                    default -> {
                        List<TicketInfo> closed = p.tickets.stream()
                                .filter(t -> t.closedAt() != null)
                                .toList();
                        TicketInfo ticket = pick(closed);
                        messages.add(message(
                                p,
                                ticket.closedAt().minusMinutes(10),
                                "EMAIL",
                                kind,
                                DemoCatalog.TICKET_REPLY.in(p.language).formatted(ticket.number()),
                                null));
                    }
                }
            }
            addMessages(p, messages);
        }

        // ---- portal accounts ----

        private void accounts(Person anke, Person brewery, List<Person> generated) {
            LocalDateTime launch =
                    now.minusMonths(14).truncatedTo(ChronoUnit.DAYS).plusHours(9);
            account(CUSTOMER_EMAIL, anke.displayName(), anke.id, "ACTIVE", launch.plusDays(3), "CUSTOMER");
            demoCustomerDecisions(anke, accountSeq, launch.plusDays(3));
            account(BUSINESS_EMAIL, brewery.displayName(), brewery.id, "ACTIVE", launch.plusDays(5), "CUSTOMER");
            account(SUPPORT_EMAIL, "Sam Support", null, "ACTIVE", launch, "SUPPORT");
            account(ADMIN_EMAIL, "Alex Admin", null, "ACTIVE", launch, "ADMIN");
            for (Person p : generated) {
                if ("PROSPECT".equals(p.status) || random.nextInt(100) >= 42) {
                    continue;
                }
                int r = random.nextInt(100);
                String status = "FORMER".equals(p.status) && r < 25
                        ? "DISABLED"
                        : r < 3 ? "LOCKED" : r < 5 ? "DISABLED" : "ACTIVE";
                int days = random.nextInt(300);
                int minutes = random.nextInt(600);
                LocalDateTime created = p.createdAt.isBefore(launch)
                        ? launch.plusDays(days).plusMinutes(minutes)
                        : p.createdAt.plusDays(days % 20).plusMinutes(minutes);
                account(p.email, p.displayName(), p.id, status, clamp(created), "CUSTOMER");
            }
        }

        private void account(
                String email,
                String displayName,
                Long customerId,
                String status,
                LocalDateTime createdAt,
                String role) {
            data.accounts.add(new Account(
                    ++accountSeq,
                    EmailAddress.valueOf(email).toString(),
                    displayName,
                    customerId,
                    status,
                    createdAt,
                    List.of(role)));
        }

        // ---- row builders: validation happens here ----

        private void insertCustomer(Person p) {
            p.email = EmailAddress.valueOf(p.email).toString();
            p.phone = p.phone == null ? null : PhoneNumber.valueOf(p.phone).toString();
            p.mobile = p.mobile == null ? null : PhoneNumber.valueOf(p.mobile).toString();
            if (p.mobile != null && !PhoneNumber.valueOf(p.mobile).isMobile()) {
                throw new IllegalStateException("demo mobile is not a Belgian mobile number");
            }
            usedEmails.add(p.email);
            usedPhones.add(p.phone);
            usedPhones.add(p.mobile);
            CustomerNumber number = CustomerNumber.of((int) p.id);
            EmailAddress email = EmailAddress.valueOf(p.email);
            PersonName name = PersonName.valueOf(p.firstName, p.lastName);
            CustomerRow row = p.business()
                    ? CustomerRow.aBusinessCustomer(number, CompanyName.valueOf(p.companyName), email)
                            .name(name)
                            .vatNumber(p.vatNumber == null ? null : VatNumber.valueOf(p.vatNumber))
                    : CustomerRow.aPrivateCustomer(number, name, email);
            row.id(p.id)
                    .salutation(Salutation.valueOf(p.salutation))
                    .phone(p.phone == null ? null : PhoneNumber.valueOf(p.phone))
                    .mobile(p.mobile == null ? null : PhoneNumber.valueOf(p.mobile))
                    .address(PostalAddress.valueOf(p.street, p.houseNumber, p.box, p.postalCode, p.city, "BE"))
                    .language(Language.valueOf(p.language))
                    .status(CustomerStatus.valueOf(p.status))
                    .acquiredOn(p.acquiredOn)
                    .createdAt(clamp(p.createdAt));
            if (p.leadSource != null) {
                row.leadSource(LeadSource.valueOf(p.leadSource), p.leadSourceDetail);
            }
            data.customers.add(row);
        }

        private ContractInfo contract(
                Person p,
                Product product,
                int monthlyCents,
                String phoneNumber,
                LocalDate start,
                LocalDate end,
                String status) {
            String phone = phoneNumber == null
                    ? null
                    : PhoneNumber.valueOf(phoneNumber).toString();
            ContractInfo info = new ContractInfo(++contractSeq, product, monthlyCents, start, end);
            data.contracts.add(
                    info.id(),
                    p.id,
                    String.format(Locale.ROOT, "CT-%08d", 40_000_000 + info.id() * 7),
                    product.name(),
                    phone,
                    start,
                    end,
                    status);
            p.contracts.add(info);
            return info;
        }

        private void invoice(
                Person p,
                LocalDate issue,
                LocalDate due,
                long amountCents,
                String status,
                LocalDate paidOn,
                String method,
                String maskedAccount) {
            long id = ++invoiceSeq;
            List<ContractInfo> running =
                    p.contracts.stream().filter(c -> c.runsOn(issue)).toList();
            Long contractId = running.size() == 1 ? running.get(0).id() : null;
            // As in the inventory model, the payment method and (masked) account are those of a payment.
            boolean paid = paidOn != null;
            data.invoices.add(
                    id,
                    p.id,
                    contractId,
                    String.format(Locale.ROOT, "INV%d-%07d", issue.getYear(), id),
                    issue,
                    due,
                    amountCents,
                    "EUR",
                    status,
                    paidOn,
                    paid ? method : null,
                    paid ? maskedAccount : null);
            p.invoices.add(new InvoiceInfo(issue));
        }

        /** The month's fees of the contracts running on {@code issue}, plus usage, VAT included. */
        private long usage(Person p, LocalDate issue, int usageCents) {
            long fees = p.contracts.stream()
                    .filter(c -> c.runsOn(issue))
                    .mapToLong(ContractInfo::monthlyCents)
                    .sum();
            return Math.round((fees + usageCents) * VAT_RATE);
        }

        private void ticket(
                Person p, String channel, String subject, LocalDateTime opened, Handling handling, String status) {
            long id = ++ticketSeq;
            LocalDateTime openedAt = clamp(opened);
            LocalDateTime closedAt = handling == null ? null : clamp(openedAt.plusMinutes(handling.minutes()));
            String number = String.format(Locale.ROOT, "SR%d-%06d", openedAt.getYear(), 100_000 + id);
            data.tickets.add(id, p.id, number, openedAt, closedAt, channel, subject, status);
            p.tickets.add(new TicketInfo(number, openedAt, closedAt, channel));
        }

        /** A subscription from before the ledger, taken over into it (as migration 0062 does for real data). */
        private void subscription(Person p, String topic, String channel, boolean subscribed, LocalDateTime changedAt) {
            migrated(p, "TOPIC:" + topic + ":" + channel, subscribed ? "GIVEN" : "WITHDRAWN", changedAt);
            if ("NEWSLETTER".equals(topic) && "EMAIL".equals(channel) && subscribed) {
                p.newsletterSince = clamp(changedAt);
            }
        }

        /**
         * Channel consents and objections of generated customers, chosen from the customer's id (no
         * random draw, so the rest of the generated history stays the same): about a quarter gave
         * e-mail consent, some gave SMS consent and later withdrew it, some objected to targeted
         * offers and some of those lifted the objection again.
         */
        private void marketingDecisions(Person p) {
            if (p.id % 4 == 0) {
                migrated(p, "CHANNEL:EMAIL", "GIVEN", p.createdAt.plusMinutes(2));
            }
            if (p.mobile != null && p.id % 6 == 0) {
                migrated(p, "CHANNEL:SMS", "GIVEN", p.createdAt.plusMinutes(2));
                if (p.id % 12 == 0) {
                    migrated(
                            p,
                            "CHANNEL:SMS",
                            "WITHDRAWN",
                            p.acquiredOn.plusDays(30).atTime(18, 20));
                }
            }
            if (p.id % 9 == 0) {
                migrated(
                        p,
                        "PURPOSE:TARGETED_OFFERS",
                        "OBJECTED",
                        p.acquiredOn.plusDays(10).atTime(20, 5));
                if (p.id % 27 == 0 && p.acquiredOn.plusDays(11).isBefore(today)) {
                    migrated(
                            p,
                            "PURPOSE:TARGETED_OFFERS",
                            "OBJECTION_LIFTED",
                            p.acquiredOn.plusDays(11).atTime(9, 0));
                }
            }
        }

        /**
         * The demo customer's own decisions in the portal since she signed up: e-mail offers and
         * newsletters, an objection to analytics she later lifted, an objection to sharing with third
         * parties. Her newsletter by e-mail stays given (the browser test withdraws it) and she has not
         * objected to direct marketing yet.
         */
        private void demoCustomerDecisions(Person anke, long accountId, LocalDateTime signedUp) {
            decision(anke, "CHANNEL:EMAIL", "GIVEN", signedUp.plusMinutes(12), "PORTAL", accountId, anke.displayName());
            decision(
                    anke,
                    "PURPOSE:COMMUNICATIONS",
                    "GIVEN",
                    signedUp.plusMinutes(13),
                    "PORTAL",
                    accountId,
                    anke.displayName());
            decision(
                    anke,
                    "PURPOSE:WEBSITE_ANALYTICS",
                    "OBJECTED",
                    now.minusMonths(6).withHour(21),
                    "PORTAL",
                    accountId,
                    anke.displayName());
            decision(
                    anke,
                    "THIRD_PARTY_SHARING",
                    "OBJECTED",
                    now.minusMonths(5).withHour(20),
                    "PORTAL",
                    accountId,
                    anke.displayName());
            decision(
                    anke,
                    "PURPOSE:WEBSITE_ANALYTICS",
                    "OBJECTION_LIFTED",
                    now.minusMonths(2).withHour(8),
                    "PORTAL",
                    accountId,
                    anke.displayName());
        }

        private void migrated(Person p, String subject, String decision, LocalDateTime at) {
            decision(p, subject, decision, at, "MIGRATED", null, "The portal");
        }

        /** One ledger entry under policy version 1 (the only version the seed knows). */
        private void decision(
                Person p,
                String subject,
                String decision,
                LocalDateTime at,
                String means,
                Long accountId,
                String actorName) {
            data.decisions.add(++decisionSeq, p.id, subject, decision, clamp(at), 1, means, accountId, actorName, null);
        }

        private void enrol(Person p, CampaignRow campaign, LocalDate enrolledOn, LocalDate endsOn) {
            LocalDate enrolled = enrolledOn.isAfter(today) ? today : enrolledOn;
            data.enrolments.add(
                    ++enrolmentSeq, p.id, campaign.id(), enrolled, endsOn.isBefore(enrolled) ? enrolled : endsOn);
            p.enrolments.add(new EnrolmentInfo(campaign, enrolled));
        }

        private Object[] message(
                Person p, LocalDateTime sentAt, String channel, String kind, String subject, Long campaignId) {
            return new Object[] {null, p.id, clamp(sentAt), channel, kind, subject, campaignId};
        }

        /** Adds a customer's messages in the order they were sent, so ids follow time. */
        private void addMessages(Person p, List<Object[]> messages) {
            messages.sort(Comparator.comparing(m -> (LocalDateTime) m[2]));
            for (Object[] m : messages) {
                m[0] = ++communicationSeq;
                data.communications.add(m);
            }
        }

        // ---- values ----

        private String email(Person p) {
            String local;
            if (p.business() && random.nextBoolean()) {
                String slug = slug(p.companyName.replaceAll("\\s+(BV|NV|SRL|SA|GmbH|AG)$", ""));
                local = (random.nextBoolean() ? "info." : "admin.")
                        + (slug.length() > 40 ? slug.substring(0, 40) : slug);
            } else {
                local = slug(p.firstName) + "." + slug(p.lastName);
                if (random.nextInt(100) < 30) {
                    local += 1 + random.nextInt(99);
                }
            }
            int r = random.nextInt(100);
            String domain = r < 70 ? "example.be" : r < 90 ? "example.com" : "example.org";
            String candidate = local + "@" + domain;
            for (int n = 2; usedEmails.contains(candidate); n++) {
                candidate = local + n + "@" + domain;
            }
            usedEmails.add(candidate);
            return candidate;
        }

        private String mobile() {
            String number;
            do {
                number = "+324" + pick(DemoCatalog.MOBILE_PREFIXES)
                        + String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
            } while (usedPhones.contains(number));
            usedPhones.add(number);
            return number;
        }

        /**
         * A landline in the given telephone zone, or null for zone 4 (Liège): its national numbers
         * have 8 digits starting with 4, which {@link PhoneNumber} takes for a too short mobile.
         */
        private String landline(String zone) {
            if (zone.startsWith("4")) {
                return null;
            }
            String number;
            do {
                StringBuilder digits = new StringBuilder(zone).append(2 + random.nextInt(8));
                while (digits.length() < 8) {
                    digits.append(random.nextInt(10));
                }
                number = "+32" + digits;
            } while (usedPhones.contains(number));
            usedPhones.add(number);
            return number;
        }

        private String landlineNear(Person p) {
            String zone = DemoCatalog.TOWNS.stream()
                    .filter(t -> t.postalCode().equals(p.postalCode))
                    .map(Town::zone)
                    .findFirst()
                    .orElse("2");
            String number = landline(zone);
            return number != null ? number : landline("2");
        }

        /** A valid Belgian VAT number from a seven-digit body: 0, the body, and 97 − (first eight mod 97). */
        private String belgianVat(int body) {
            String vat;
            int candidate = body;
            do {
                String firstEight = String.format(Locale.ROOT, "0%07d", candidate);
                int check = 97 - Integer.parseInt(firstEight) % 97;
                vat = "BE" + firstEight + String.format(Locale.ROOT, "%02d", check);
                candidate++;
            } while (usedVatNumbers.contains(vat));
            usedVatNumbers.add(vat);
            return vat;
        }

        private String invoiceNotice(Person p, InvoiceInfo invoice) {
            String month = formatter("MMMM yyyy", p.language).format(invoice.issueDate());
            return DemoCatalog.INVOICE_NOTICE.in(p.language).formatted(month);
        }

        private String newsletter(Person p, LocalDate month) {
            return DemoCatalog.NEWSLETTER
                    .in(p.language)
                    .formatted(formatter("MMMM yyyy", p.language).format(month));
        }

        private String maintenance(Person p, LocalDate day) {
            return DemoCatalog.MAINTENANCE
                    .in(p.language)
                    .formatted(formatter("d MMMM yyyy", p.language).format(day));
        }

        private final Map<String, DateTimeFormatter> formatters = new HashMap<>();

        private DateTimeFormatter formatter(String pattern, String language) {
            return formatters.computeIfAbsent(
                    pattern + "/" + language,
                    key -> DateTimeFormatter.ofPattern(pattern, DemoCatalog.locale(language)));
        }

        private static String subject(String dutch) {
            return DemoCatalog.TICKET_SUBJECTS.stream()
                    .map(TicketSubject::text)
                    .filter(t -> t.nl().equals(dutch))
                    .findFirst()
                    .orElseThrow()
                    .nl();
        }

        private static Product product(String name) {
            return java.util.stream.Stream.concat(
                            DemoCatalog.PRIVATE_PRODUCTS.stream(), DemoCatalog.BUSINESS_PRODUCTS.stream())
                    .filter(product -> product.name().equals(name))
                    .findFirst()
                    .orElseThrow();
        }

        private static LocalDate firstWeekday(LocalDate day) {
            LocalDate d = day;
            while (d.getDayOfWeek().getValue() > 5) {
                d = d.plusDays(1);
            }
            return d;
        }

        /** Nothing happens in the future: timestamps after now become a minute before now. */
        private LocalDateTime clamp(LocalDateTime time) {
            return time.isAfter(now) ? now.minusMinutes(1) : time;
        }

        private <T> T pick(List<T> options) {
            return options.get(random.nextInt(options.size()));
        }

        private static String slug(String text) {
            String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return ascii.toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "")
                    .replace("-", "");
        }
    }

    /** How long a ticket took from opening to closing. */
    private record Handling(long minutes) {
        static Handling hours(long hours) {
            return new Handling(hours * 60);
        }

        static Handling minutes(long minutes) {
            return new Handling(minutes);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Writing: JDBC batches inside the caller's transaction.
    // ------------------------------------------------------------------------------------------

    private static final class Writer {

        private final Connection connection;
        private int campaignsInserted;

        Writer(Connection connection) {
            this.connection = connection;
        }

        Result write(Dataset data) throws SQLException {
            Map<Long, Long> campaignIds = campaigns(data.campaigns);
            for (Object[] row : data.communications.rows()) {
                row[6] = row[6] == null ? null : campaignIds.get((Long) row[6]);
            }
            for (Object[] row : data.enrolments.rows()) {
                row[2] = campaignIds.get((Long) row[2]);
            }
            int customers = CustomerRow.insertAll(connection, data.customers, BATCH_SIZE);
            int contracts = insert(data.contracts);
            int invoices = insert(data.invoices);
            int tickets = insert(data.tickets);
            int communications = insert(data.communications);
            int enrolments = insert(data.enrolments);
            // accounts get ids after the highest existing one (see accounts): the same offset for the actors
            long accountBase = maxId("portal_account");
            for (Object[] row : data.decisions.rows()) {
                row[7] = row[7] == null ? null : accountBase + (Long) row[7];
            }
            int[] accounts = accounts(data.accounts);
            int decisions = insert(data.decisions);
            return new Result(
                    customers,
                    contracts,
                    invoices,
                    tickets,
                    communications,
                    campaignsInserted,
                    enrolments,
                    decisions,
                    accounts[0],
                    accounts[1]);
        }

        /**
         * Inserts the campaigns whose code is new, after the highest existing id, and maps each
         * generated id to the stored one (an existing campaign with the same code is reused).
         */
        private Map<Long, Long> campaigns(List<CampaignRow> campaigns) throws SQLException {
            Map<String, Long> existing = new HashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT code, id FROM marketing_campaign")) {
                while (rows.next()) {
                    existing.put(rows.getString(1), rows.getLong(2));
                }
            }
            long base = maxId("marketing_campaign");
            Table table = new Table("marketing_campaign", "id", "code", "name", "purpose_code", "starts_on", "ends_on");
            Map<Long, Long> ids = new HashMap<>();
            for (CampaignRow campaign : campaigns) {
                Long stored = existing.get(campaign.code());
                if (stored != null) {
                    ids.put(campaign.id(), stored);
                    continue;
                }
                long id = base + campaign.id();
                table.add(
                        id,
                        campaign.code(),
                        campaign.campaign().name(),
                        campaign.campaign().purposeCode(),
                        campaign.startsOn(),
                        campaign.endsOn());
                ids.put(campaign.id(), id);
            }
            campaignsInserted = insert(table);
            return ids;
        }

        /** Inserts the accounts whose e-mail is not taken yet; returns {accounts, roles} inserted. */
        private int[] accounts(List<Account> accounts) throws SQLException {
            Set<String> taken = new HashSet<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT email FROM portal_account")) {
                while (rows.next()) {
                    taken.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            long base = maxId("portal_account");
            Table accountTable = new Table(
                    "portal_account",
                    "id",
                    "email",
                    "display_name",
                    "issuer",
                    "subject",
                    "customer_id",
                    "status",
                    "created_at",
                    "last_sign_in_at",
                    "version");
            Table roleTable = new Table("portal_account_role", "account_id", "role");
            for (Account account : accounts) {
                if (taken.contains(account.email().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                long id = base + account.id();
                accountTable.add(
                        id,
                        account.email(),
                        account.displayName(),
                        null,
                        null,
                        account.customerId(),
                        account.status(),
                        account.createdAt(),
                        null,
                        0L);
                for (String role : account.roles()) {
                    roleTable.add(id, role);
                }
            }
            return new int[] {insert(accountTable), insert(roleTable)};
        }

        private long maxId(String table) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        private int insert(Table table) throws SQLException {
            if (table.rows().isEmpty()) {
                return 0;
            }
            String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                    + String.join(
                            ", ", java.util.Collections.nCopies(table.columns().size(), "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : table.rows()) {
                    for (int i = 0; i < row.length; i++) {
                        bind(statement, i + 1, row[i]);
                    }
                    statement.addBatch();
                    if (++pending == BATCH_SIZE) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
            return table.rows().size();
        }

        private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(index, flag);
            } else if (value instanceof LocalDate || value instanceof LocalDateTime) {
                statement.setObject(index, value);
            } else {
                throw new IllegalArgumentException("Cannot bind " + value.getClass());
            }
        }
    }
}
