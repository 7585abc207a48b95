package be.cloudgroup.privacy.ui.activity;

import be.cloudgroup.privacy.activity.ActivityEntry;
import be.cloudgroup.privacy.activity.ActivityFilter;
import be.cloudgroup.privacy.activity.ActivityService;
import be.cloudgroup.privacy.activity.ActorKind;
import be.cloudgroup.privacy.activity.Browser;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Lazy grid of activity entries: the service is asked for each page the browser scrolls to, with
 * the filter shown, so the database filters. In a window narrower than {@link #NARROW_PX} (a phone)
 * the four columns give way to one, each entry stacked on a few lines (time and who, what, details),
 * so that nothing scrolls sideways; the window's width is asked when the grid is shown and followed
 * when it changes (a phone turned).
 */
class ActivityGrid extends Grid<ActivityEntry> {

    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    /** Detail fields with a label {@code activity.field.<name>} in the activity bundle. */
    private static final Set<String> LABELLED_FIELDS = Set.of(
            "salutation",
            "firstName",
            "lastName",
            "street",
            "houseNumber",
            "box",
            "postalCode",
            "city",
            "country",
            "phone",
            "language",
            "email",
            "issuer",
            "reason",
            "channel",
            "decision",
            "means",
            "policyVersion",
            "status",
            "request");

    /** Narrower windows (CSS pixels) show one stacked column instead of four. */
    static final int NARROW_PX = 640;

    private ActivityFilter filter = ActivityFilter.EVERYTHING;
    private final Formats formats;
    private final List<Column<ActivityEntry>> columns;
    /** Built when a narrow window first shows the grid. */
    private Column<ActivityEntry> stacked;

    private Registration resizing;

    ActivityGrid(ActivityService activity) {
        setId("activity");
        // the reader's locale decides the clock: 24 hours in nl, fr and de
        formats = new Formats(getLocale());
        addColumn(entry -> formats.moment(entry.occurredAt()))
                .setKey("time")
                .setHeader(getTranslation("activity.column.time"));
        addColumn(this::what).setKey("what").setHeader(getTranslation("activity.column.what"));
        addColumn(this::who).setKey("who").setHeader(getTranslation("activity.column.who"));
        getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        // a fixed basis that grows with the screen: long values wrap instead of widening the grid
        addColumn(this::details)
                .setKey("details")
                .setHeader(getTranslation("activity.column.details"))
                .setWidth("16rem")
                .setFlexGrow(3)
                .setResizable(true);
        columns = List.copyOf(getColumns());
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setPageSize(50);
        setHeight("70vh");
        setAriaLabel(getTranslation("activity.title"));
        setEmptyStateText(getTranslation("activity.filter.none"));
        setItems(query -> activity.page(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, activity.count(filter)));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        Page page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        resizing = page.addBrowserWindowResizeListener(resized -> fit(resized.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        resizing.remove();
        super.onDetach(detach);
    }

    /** Four columns in a window {@code width} CSS pixels wide, or one stacked column in a narrow one. */
    void fit(int width) {
        boolean narrow = width > 0 && width < NARROW_PX;
        if (narrow && stacked == null) {
            stacked = addColumn(LitRenderer.<ActivityEntry>of("""
                                    <div class="activity-entry"><div class="activity-entry-when">${item.time} · ${item.who}</div>\
                                    <div class="activity-entry-what">${item.what}</div>\
                                    <div class="activity-entry-details">${item.details}</div></div>""")
                            .withProperty("time", entry -> formats.moment(entry.occurredAt()))
                            .withProperty("who", this::who)
                            .withProperty("what", this::what)
                            .withProperty("details", this::details))
                    .setKey("entry")
                    .setHeader(getTranslation("activity.column.entry"));
        }
        if (stacked != null) {
            stacked.setVisible(narrow);
        }
        columns.forEach(column -> column.setVisible(!narrow));
    }

    /** Shows the entries that match {@code shown}, from the first. */
    void filter(ActivityFilter shown) {
        filter = shown;
        getDataProvider().refreshAll();
    }

    String what(ActivityEntry entry) {
        if ("ASSIST_SESSION_STARTED".equals(entry.action())
                && entry.details().containsKey(ActivityService.SESSION_FROM)) {
            return assistSession(entry.details());
        }
        // ActivityLabelsTest keeps a label for every current AuditAction; rows written under an
        // action since renamed or retired still read as a sentence, never as "!key!"
        String label = getTranslation("activity.action." + entry.action());
        return label.startsWith("!") ? getTranslation("activity.action.other", entry.action()) : label;
    }

    String who(ActivityEntry entry) {
        String actor = switch (entry.actor()) {
            case SELF -> getTranslation("activity.who.self");
            case STAFF -> getTranslation("activity.who.staff", entry.actorName());
            case SYSTEM -> getTranslation("activity.who.system");
            case OTHER_ACCOUNT -> getTranslation("activity.who.other-account");
        };
        if (entry.onBehalfOfName() != null
                && entry.actor() == ActorKind.STAFF
                && entry.details().containsKey(Auditor.ASSIST_SESSION)) {
            return getTranslation(
                    "assist.activity.who", entry.actorName(), entry.details().get(Auditor.ASSIST_SESSION));
        }
        return entry.onBehalfOfName() == null
                ? actor
                : getTranslation("activity.who.assisted", actor, entry.onBehalfOfName());
    }

    /** "Support — Sam — looked at your data from 14:17 to 14:32, reason: …" (or "is looking … until"). */
    private String assistSession(Map<String, String> details) {
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm").withZone(BELGIUM);
        String reason = details.containsKey("reasonCategory")
                ? getTranslation("assist.category." + details.get("reasonCategory")) + ": " + details.get("reason")
                        + " (" + details.get("ticket") + ")"
                : getTranslation("assist.reason.with-code");
        String key = Boolean.parseBoolean(details.get(ActivityService.SESSION_OPEN))
                ? "assist.activity.session.open"
                : "assist.activity.session";
        return getTranslation(
                key,
                details.get(ActivityService.SESSION_STAFF),
                clock.format(Instant.parse(details.get(ActivityService.SESSION_FROM))),
                clock.format(Instant.parse(details.get(ActivityService.SESSION_UNTIL))),
                reason,
                getTranslation("assist.mode." + details.get("mode")));
    }

    String details(ActivityEntry entry) {
        if ("ASSIST_SESSION_STARTED".equals(entry.action())
                && entry.details().containsKey(ActivityService.SESSION_FROM)) {
            return entry.details().containsKey("endReason")
                    ? getTranslation("assist.end-reason." + entry.details().get("endReason"))
                    : "";
        }
        String evidence = evidence(entry.details());
        if (!entry.isSignIn()) {
            return evidence;
        }
        String ip = entry.ipAddress() == null || entry.ipAddress().isBlank()
                ? getTranslation("activity.ip.unknown")
                : entry.ipAddress();
        String signIn = getTranslation("activity.details.sign-in", ip, browser(entry.browser()));
        return evidence.isEmpty() ? signIn : signIn + " · " + evidence;
    }

    private String browser(Browser browser) {
        if (browser == null || !browser.isKnown()) {
            return getTranslation("activity.browser.unknown");
        }
        if (browser.name() != null && browser.system() != null) {
            return getTranslation("activity.browser", browser.name(), browser.system());
        }
        return browser.name() != null ? browser.name() : browser.system();
    }

    /** "Street: "Kerkstraat" → "Veldstraat"; Town or city: …": fields by their translated names. */
    private String evidence(Map<String, String> details) {
        return new TreeMap<>(details)
                .entrySet().stream()
                        .map(detail -> field(detail.getKey()) + ": " + detail.getValue())
                        .collect(Collectors.joining("; "));
    }

    /** The field's name in the reader's language; a field without a label keeps its technical name. */
    private String field(String key) {
        return LABELLED_FIELDS.contains(key) ? getTranslation("activity.field." + key) : key;
    }
}
