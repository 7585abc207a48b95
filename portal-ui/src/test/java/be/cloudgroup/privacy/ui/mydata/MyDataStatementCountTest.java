package be.cloudgroup.privacy.ui.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.mydata.MyDataService;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rendering "My data" costs the same number of SQL statements whatever the number of invoices:
 * every list is read in one statement and invoices a page at a time (Hibernate statistics).
 */
class MyDataStatementCountTest extends PortalTest {

    /** The first page the view's invoice grid asks for (Vaadin's default page size). */
    private static final int FIRST_PAGE = 50;

    @Autowired
    private MyDataService service;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void rendering_my_data_takes_as_many_statements_for_200_invoices_as_for_1() {
        Customer few = customerWithInvoices("Few", 1);
        Customer many = customerWithInvoices("Many", 200);

        long forOne = statementsToRender(few, 1);
        long forTwoHundred = statementsToRender(many, FIRST_PAGE);

        System.out.printf("My data statement count: 1 invoice -> %d, 200 invoices -> %d%n", forOne, forTwoHundred);
        assertThat(forTwoHundred).isEqualTo(forOne);
        assertThat(forOne).isLessThanOrEqualTo(13);
    }

    private Customer customerWithInvoices(String lastName, int invoices) {
        Customer customer = data.customer("Stat", lastName);
        data.contract(customer, "Fibre Internet 500", true);
        data.ticket(customer, "Slow line");
        data.communication(customer, "Welcome");
        data.invoices(customer, invoices);
        return customer;
    }

    /** The service calls the view makes to render, counted from a cleared statistics. */
    private long statementsToRender(Customer customer, int expectedFirstPage) {
        runAs(data.customerPrincipal(customer));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        statistics.clear();

        service.myData();
        service.purposesByCategory(Language.EN);
        service.countInvoices(); // the invoice summary
        service.countInvoices(); // the lazy grid's size
        assertThat(service.invoices(0, FIRST_PAGE)).hasSize(expectedFirstPage);

        return statistics.getPrepareStatementCount();
    }
}
