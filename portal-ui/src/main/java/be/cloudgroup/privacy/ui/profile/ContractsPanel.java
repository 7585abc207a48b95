package be.cloudgroup.privacy.ui.profile;

import be.cloudgroup.privacy.profile.ContractDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;

/** The customer's contracts and services. */
class ContractsPanel extends CategorySection {

    ContractsPanel(List<ContractDetails> contracts, List<PurposeDetails> purposes, Locale locale) {
        super(DataCategory.CONTRACT, "profile.contracts.title", purposes, locale);
        Grid<ContractDetails> grid = new Grid<>();
        grid.setId("my-data-contracts");
        column(grid, "profile.contracts.number", ContractDetails::contractNumber);
        column(grid, "profile.contracts.product", ContractDetails::product);
        column(grid, "profile.contracts.phone", contract -> contract.phoneNumber() == null ? "" : contract.phoneNumber());
        column(grid, "profile.contracts.start", contract -> formats.date(contract.startDate()));
        column(grid, "profile.contracts.end", contract -> formats.date(contract.endDate()));
        column(grid, "profile.contracts.status", contract -> label(contract.status()));
        show(table(contracts, grid));
    }
}
