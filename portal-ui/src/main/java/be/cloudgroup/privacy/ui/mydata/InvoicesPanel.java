package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.InvoiceSummary;
import be.cloudgroup.privacy.mydata.MyDataService;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.ui.layout.Folded;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import java.util.Locale;

/**
 * The customer's invoices: how many, and folded below, built when opened, a grid that reads them
 * lazily a page at a time as it scrolls. The account paid from is shown masked, as stored; there is
 * nothing to unmask.
 */
class InvoicesPanel extends CategorySection {

    InvoicesPanel(MyDataService service, long count, WhyWeKeepThis why, Locale locale) {
        super(DataCategory.FINANCIAL, "mydata.invoices.title", why, locale);
        sentence("mydata.invoices.count", count).id("my-data-invoice-count");
        if (count == 0) {
            show();
        } else {
            Folded invoices = new Folded(getTranslation("mydata.invoices.show"), () -> grid(service));
            invoices.setId("my-data-invoices-details");
            show(invoices);
        }
    }

    private Grid<InvoiceSummary> grid(MyDataService service) {
        Grid<InvoiceSummary> grid = new Grid<>();
        grid.setId("my-data-invoices");
        column(grid, "mydata.invoices.number", InvoiceSummary::invoiceNumber);
        column(grid, "mydata.invoices.issued", invoice -> formats.date(invoice.issueDate()));
        column(grid, "mydata.invoices.due", invoice -> formats.date(invoice.dueDate()));
        column(grid, "mydata.invoices.amount", invoice -> formats.amount(invoice.amountCents(), invoice.currency()));
        column(grid, "mydata.invoices.status", invoice -> label(invoice.status()));
        column(grid, "mydata.invoices.method", invoice -> label(invoice.paymentMethod()));
        column(
                grid,
                "mydata.invoices.account",
                invoice -> invoice.maskedAccount() == null ? "" : invoice.maskedAccount());
        grid.setItems(query -> service.invoices(query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, service.countInvoices()));
        return grid;
    }

    /** Adds a column with a translated header and a key (the header key's last part). */
    private void column(Grid<InvoiceSummary> grid, String headerKey, ValueProvider<InvoiceSummary, String> value) {
        grid.addColumn(value)
                .setHeader(getTranslation(headerKey))
                .setKey(headerKey.substring(headerKey.lastIndexOf('.') + 1))
                .setAutoWidth(true);
    }
}
