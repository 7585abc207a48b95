package be.cloudgroup.privacy.ui.intake;

import be.cloudgroup.privacy.intake.IntakeConflict;
import be.cloudgroup.privacy.intake.IntakeConflictNotFoundException;
import be.cloudgroup.privacy.intake.IntakeService;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The open conflicts, oldest first: the customer's value and the imported one, and the two ways
 * out (each audited by the service). Shows the first {@link #SHOWN} conflicts and how many there are.
 */
class IntakeConflictsPanel extends Div {

    static final int SHOWN = 200;
    static final String RESOLVE = "resolve";

    private final transient IntakeService intake;
    private final Grid<IntakeConflict> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    IntakeConflictsPanel(IntakeService intake) {
        this.intake = intake;
        grid.setId("intake-conflicts");
        grid.setAriaLabel(getTranslation("intake.conflicts.title"));
        count.setId("intake-conflict-count");
        Formats formats = new Formats(getLocale());
        grid.addColumn(IntakeConflict::customerNumber).setHeader(getTranslation("intake.conflicts.customer"));
        grid.addColumn(conflict -> getTranslation("intake.field." + conflict.field()))
                .setHeader(getTranslation("intake.conflicts.field"));
        grid.addColumn(IntakeConflict::portalValue).setHeader(getTranslation("intake.conflicts.portal-value"));
        grid.addColumn(IntakeConflict::importedValue).setHeader(getTranslation("intake.conflicts.imported-value"));
        grid.addColumn(conflict -> getTranslation(
                        "intake.conflicts.source",
                        conflict.fileName(),
                        conflict.line(),
                        formats.moment(conflict.detectedAt())))
                .setHeader(getTranslation("intake.conflicts.detected"));
        grid.addComponentColumn(this::actions).setKey(RESOLVE).setHeader(getTranslation("intake.conflicts.resolve"));
        // values, source and buttons wrap in their cells, so the decision stays on screen beside long values
        grid.getColumns().forEach(column -> column.setFlexGrow(1));
        grid.getColumnByKey(RESOLVE).setWidth("15em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(count, grid);
        refresh();
    }

    void refresh() {
        long open = intake.countOpenConflicts();
        count.setText(getTranslation("intake.conflicts.count", open));
        grid.setItems(intake.openConflicts(0, SHOWN));
        grid.setVisible(open > 0);
    }

    private HorizontalLayout actions(IntakeConflict conflict) {
        Button keep = new Button(getTranslation("intake.conflicts.keep"), click -> resolve(conflict, false));
        keep.setId("intake-keep-" + conflict.id());
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button take = new Button(getTranslation("intake.conflicts.take"), click -> resolve(conflict, true));
        take.setId("intake-take-" + conflict.id());
        take.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout decision = new HorizontalLayout(keep, take);
        decision.setWrap(true);
        return decision;
    }

    private void resolve(IntakeConflict conflict, boolean takeImported) {
        try {
            intake.resolve(conflict.id(), takeImported);
            Notification.show(
                    getTranslation(takeImported ? "intake.conflicts.taken" : "intake.conflicts.kept"),
                    5000,
                    Notification.Position.BOTTOM_START);
        } catch (IntakeConflictNotFoundException gone) {
            Notification.show(getTranslation("intake.conflicts.gone"), 5000, Notification.Position.BOTTOM_START);
        }
        refresh();
    }
}
