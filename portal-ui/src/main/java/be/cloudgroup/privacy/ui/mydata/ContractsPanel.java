package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.ContractDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;

/** The customer's contracts and services. */
class ContractsPanel extends CategorySection {

    ContractsPanel(List<ContractDetails> contracts, List<PurposeDetails> purposes, Locale locale) {
        super(DataCategory.CONTRACT, "mydata.contracts.title", purposes, locale);
        Grid<ContractDetails> grid = new Grid<>();
        grid.setId("my-data-contracts");
        column(grid, "mydata.contracts.number", ContractDetails::contractNumber);
        column(grid, "mydata.contracts.product", ContractDetails::product);
        column(
                grid,
                "mydata.contracts.phone",
                contract -> contract.phoneNumber() == null ? "" : contract.phoneNumber());
        column(grid, "mydata.contracts.start", contract -> formats.date(contract.startDate()));
        column(grid, "mydata.contracts.end", contract -> formats.date(contract.endDate()));
        column(grid, "mydata.contracts.status", contract -> label(contract.status()));
        show(table(contracts, grid));
    }
}
