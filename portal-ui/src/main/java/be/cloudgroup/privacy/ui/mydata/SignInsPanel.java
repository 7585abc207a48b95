package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.MyDataService;
import be.cloudgroup.privacy.mydata.SignInDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.ui.layout.TextTable;
import java.util.List;
import java.util.Locale;

/** The latest portal sign-ins: time, truncated IP address and browser. */
class SignInsPanel extends CategorySection {

    SignInsPanel(List<SignInDetails> signIns, WhyWeKeepThis why, Locale locale) {
        super(DataCategory.SECURITY, "mydata.sign-ins.title", why, locale);
        TextTable<SignInDetails> table = new TextTable<>();
        column(table, "mydata.sign-ins.time", signIn -> formats.moment(signIn.signedInAt()));
        column(table, "mydata.sign-ins.ip", SignInDetails::ipTruncated);
        column(table, "mydata.sign-ins.browser", SignInDetails::userAgent);
        sentence("mydata.sign-ins.recent", MyDataService.RECENT_SIGN_INS);
        table("my-data-sign-ins", "mydata.sign-ins.title", signIns, table);
        show();
    }
}
