package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.MyDataService;
import be.cloudgroup.privacy.mydata.SignInDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;

/** The latest portal sign-ins: time, truncated IP address and browser. */
class SignInsPanel extends CategorySection {

    SignInsPanel(List<SignInDetails> signIns, List<PurposeDetails> purposes, Locale locale) {
        super(DataCategory.SECURITY, "mydata.sign-ins.title", purposes, locale);
        Grid<SignInDetails> grid = new Grid<>();
        grid.setId("my-data-sign-ins");
        column(grid, "mydata.sign-ins.time", signIn -> formats.moment(signIn.signedInAt()));
        column(grid, "mydata.sign-ins.ip", SignInDetails::ipTruncated);
        column(grid, "mydata.sign-ins.browser", SignInDetails::userAgent);
        show(
                new Paragraph(getTranslation("mydata.sign-ins.recent", MyDataService.RECENT_SIGN_INS)),
                table(signIns, grid));
    }
}
