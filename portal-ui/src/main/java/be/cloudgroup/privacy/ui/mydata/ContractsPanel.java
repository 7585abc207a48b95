package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.ContractDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.ui.layout.TextTable;
import java.util.List;
import java.util.Locale;

/** The customer's contracts and services. */
class ContractsPanel extends CategorySection {

    ContractsPanel(List<ContractDetails> contracts, WhyWeKeepThis why, Locale locale) {
        super(DataCategory.CONTRACT, "mydata.contracts.title", why, locale);
        TextTable<ContractDetails> table = new TextTable<>();
        column(table, "mydata.contracts.number", ContractDetails::contractNumber);
        column(table, "mydata.contracts.product", ContractDetails::product);
        column(
                table,
                "mydata.contracts.phone",
                contract -> contract.phoneNumber() == null ? "" : contract.phoneNumber());
        column(table, "mydata.contracts.start", contract -> formats.date(contract.startDate()));
        column(table, "mydata.contracts.end", contract -> formats.date(contract.endDate()));
        column(table, "mydata.contracts.status", contract -> label(contract.status()));
        table("my-data-contracts", "mydata.contracts.title", contracts, table);
        show();
    }
}
