package be.cloudgroup.privacy.ui.intake;

import be.cloudgroup.privacy.intake.IntakeRefusal;
import be.cloudgroup.privacy.intake.IntakeReport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The report of the last import: counts, the file's SHA-256 and the refused lines with their reason. */
class IntakeReportPanel extends Div {

    private final Paragraph counts = new Paragraph();
    private final Paragraph hash = new Paragraph();
    private final Paragraph more = new Paragraph();
    private final Grid<IntakeRefusal> refused = new Grid<>();

    IntakeReportPanel() {
        setId("intake-report");
        counts.setId("intake-counts");
        refused.setId("intake-refused");
        refused.setAriaLabel(getTranslation("intake.report.refused"));
        refused.addColumn(IntakeRefusal::line)
                .setHeader(getTranslation("intake.report.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        refused.addColumn(this::reason).setHeader(getTranslation("intake.report.reason"));
        refused.setAllRowsVisible(true);
        add(new H2(getTranslation("intake.report.title")), counts, hash, refused, more);
        setVisible(false);
    }

    void show(IntakeReport report) {
        counts.setText(getTranslation(
                "intake.report.counts",
                report.lines(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.conflicts(),
                report.refused()));
        hash.setText(getTranslation("intake.report.hash", report.fileName(), report.sha256()));
        refused.setItems(report.refusals());
        refused.setVisible(!report.refusals().isEmpty());
        more.setText(
                report.refused() > report.refusals().size()
                        ? getTranslation(
                                "intake.report.more",
                                report.refused() - report.refusals().size())
                        : "");
        setVisible(true);
    }

    private String reason(IntakeRefusal refusal) {
        return getTranslation(refusal.reasonKey(), refusal.arguments().toArray());
    }
}
