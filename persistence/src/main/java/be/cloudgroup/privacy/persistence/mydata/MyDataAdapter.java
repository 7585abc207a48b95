package be.cloudgroup.privacy.persistence.mydata;

import be.cloudgroup.privacy.mydata.CampaignEnrolmentDetails;
import be.cloudgroup.privacy.mydata.CommunicationDetails;
import be.cloudgroup.privacy.mydata.ContractDetails;
import be.cloudgroup.privacy.mydata.InvoiceSummary;
import be.cloudgroup.privacy.mydata.MyDataReader;
import be.cloudgroup.privacy.mydata.PersonalDetails;
import be.cloudgroup.privacy.mydata.SignInDetails;
import be.cloudgroup.privacy.mydata.TicketDetails;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads "My data" with JPQL constructor expressions: each method is exactly one select whose rows
 * become the domain's records, joins included (campaign names), so nothing is loaded lazily.
 */
@Component
class MyDataAdapter implements MyDataReader {

    private static final String PACKAGE = "be.cloudgroup.privacy.mydata.";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<PersonalDetails> person(long customerId) {
        return entityManager
                .createQuery("select new " + PACKAGE + """
                PersonalDetails(c.customerNumber, c.type, c.salutation, c.firstName, c.lastName,
                  c.companyName, c.vatNumber, c.email, c.phone, c.mobile, c.street, c.houseNumber, c.box,
                  c.postalCode, c.city, c.country, c.language, c.status, c.leadSource, c.leadSourceDetail,
                  c.acquiredOn)
                from CustomerEntity c where c.id = :customerId""", PersonalDetails.class)
                .setParameter("customerId", customerId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ContractDetails> contracts(long customerId) {
        return entityManager
                .createQuery("select new " + PACKAGE + """
                ContractDetails(c.contractNumber, c.product, c.phoneNumber, c.startDate, c.endDate, c.status)
                from ContractEntity c where c.customer.id = :customerId
                order by c.startDate desc, c.id desc""", ContractDetails.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    @Override
    public List<TicketDetails> tickets(long customerId) {
        return entityManager
                .createQuery("select new " + PACKAGE + """
                TicketDetails(t.ticketNumber, t.openedAt, t.closedAt, t.channel, t.subject, t.status)
                from ServiceTicketEntity t where t.customer.id = :customerId
                order by t.openedAt desc, t.id desc""", TicketDetails.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    @Override
    public List<CommunicationDetails> communications(long customerId) {
        return entityManager
                .createQuery("select new " + PACKAGE + """
                CommunicationDetails(m.sentAt, m.channel, m.kind, m.subject, campaign.name)
                from CommunicationEntity m left join m.campaign campaign
                where m.customer.id = :customerId
                order by m.sentAt desc, m.id desc""", CommunicationDetails.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    @Override
    public List<CampaignEnrolmentDetails> enrolments(long customerId) {
        return entityManager
                .createQuery("select new " + PACKAGE + """
                CampaignEnrolmentDetails(campaign.name, campaign.startsOn, campaign.endsOn, e.enrolledOn, e.endsOn)
                from CampaignEnrolmentEntity e join e.campaign campaign
                where e.customer.id = :customerId
                order by e.enrolledOn desc, e.id desc""", CampaignEnrolmentDetails.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    @Override
    public List<SignInDetails> recentSignIns(long customerId, int limit) {
        return entityManager
                .createQuery("select new " + PACKAGE + """
                SignInDetails(s.signedInAt, s.ipTruncated, s.userAgent)
                from PortalSignInEntity s where s.customerId = :customerId
                order by s.signedInAt desc, s.id desc""", SignInDetails.class)
                .setParameter("customerId", customerId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<InvoiceSummary> invoices(long customerId, int offset, int limit) {
        return entityManager
                .createQuery("select new " + PACKAGE + """
                InvoiceSummary(i.invoiceNumber, i.issueDate, i.dueDate, i.amountCents, i.currency, i.status,
                  i.paymentMethod, i.maskedAccount)
                from InvoiceEntity i where i.customer.id = :customerId
                order by i.issueDate desc, i.id desc""", InvoiceSummary.class)
                .setParameter("customerId", customerId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countInvoices(long customerId) {
        return entityManager
                .createQuery("select count(i) from InvoiceEntity i where i.customer.id = :customerId", Long.class)
                .setParameter("customerId", customerId)
                .getSingleResult();
    }
}
