package be.cloudgroup.privacy.ui.profile;

import be.cloudgroup.privacy.profile.InvoiceSummary;
import be.cloudgroup.privacy.profile.MyDataService;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;

/**
 * The customer's invoices, read lazily a page at a time as the grid scrolls. The account paid from
 * is shown masked, as stored; there is nothing to unmask.
 */
class InvoicesPanel extends CategorySection {

    InvoicesPanel(MyDataService service, long count, List<PurposeDetails> purposes, Locale locale) {
        super(DataCategory.FINANCIAL, "profile.invoices.title", purposes, locale);
        Grid<InvoiceSummary> grid = new Grid<>();
        grid.setId("my-data-invoices");
        column(grid, "profile.invoices.number", InvoiceSummary::invoiceNumber);
        column(grid, "profile.invoices.issued", invoice -> formats.date(invoice.issueDate()));
        column(grid, "profile.invoices.due", invoice -> formats.date(invoice.dueDate()));
        column(grid, "profile.invoices.amount", invoice -> formats.amount(invoice.amountCents(), invoice.currency()));
        column(grid, "profile.invoices.status", invoice -> label(invoice.status()));
        column(grid, "profile.invoices.method", invoice -> label(invoice.paymentMethod()));
        column(grid, "profile.invoices.account",
                invoice -> invoice.maskedAccount() == null ? "" : invoice.maskedAccount());
        grid.setItems(query -> service.invoices(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, service.countInvoices()));
        Paragraph summary = new Paragraph(getTranslation("profile.invoices.count", count));
        summary.setId("my-data-invoice-count");
        if (count == 0) {
            show(summary);
        } else {
            show(summary, grid);
        }
    }
}
