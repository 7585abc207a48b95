package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.request.DpoSummary;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.request.RequestStatus;
import be.cloudgroup.privacy.request.RequestType;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;

/** For the DPO: requests by type and status, median days to close, overdue count, and every request as CSV. */
@Route("staff/requests/summary")
@Menu(title = "request.nav.summary", order = 9.5, icon = "vaadin:chart")
@RolesAllowed("ADMIN")
public class RequestSummaryView extends Page {

    public RequestSummaryView(RequestService service) {
        super("request.dpo.title");
        DpoSummary summary = service.dpoSummary();
        Paragraph overdue = new Paragraph(getTranslation("request.dpo.overdue", summary.overdue()));
        overdue.setId("dpo-overdue");
        Paragraph median = new Paragraph(getTranslation(
                "request.dpo.median-all",
                summary.medianDaysToCloseAll() == null ? "–" : summary.medianDaysToCloseAll()));
        median.setId("dpo-median");
        Grid<RequestType> counts = new Grid<>();
        counts.setId("dpo-counts");
        counts.addColumn(type -> RequestLabels.type(this, type))
                .setHeader(getTranslation("request.queue.type"))
                .setAutoWidth(true);
        for (RequestStatus status : RequestStatus.values()) {
            counts.addColumn(type ->
                            summary.counts().getOrDefault(type, Map.of()).getOrDefault(status, 0L))
                    .setHeader(RequestLabels.status(this, status));
        }
        counts.addColumn(type -> {
                    Double days = summary.medianDaysToClose().get(type);
                    return days == null ? "–" : days.toString();
                })
                .setHeader(getTranslation("request.dpo.median"));
        counts.setItems(Arrays.asList(RequestType.values()));
        counts.setAllRowsVisible(true);
        Anchor csv = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("privacy-requests.csv");
                    event.setContentType("text/csv; charset=UTF-8");
                    service.exportCsv(event.getOutputStream());
                },
                getTranslation("request.dpo.csv"));
        csv.setId("dpo-csv");
        add(overdue, median, counts, csv);
    }
}
