package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo identity without a portal account ({@value DemoNewcomer#USER}) signs in, lands on the
 * activation page, gives her customer number, enters the code from the demo mailbox (a wrong one
 * first) and lands on her dashboard, signed in, with her data, in Chromium. The newcomer has an
 * account afterwards: the class starts on the demo data as seeded ({@link FreshDemo}).
 */
@FreshDemo
class ActivationBrowserIT extends DemoInBrowser {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Test
    void an_identity_without_an_account_activates_with_the_code_from_the_mailbox_and_lands_on_its_dashboard() {
        signIn(DemoNewcomer.USER);
        assertThat(title()).isEqualTo("Activate your portal account");

        WebElement number =
                waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#activation-number input")));
        number.sendKeys(DemoNewcomer.NUMBER.toString(), Keys.ENTER);
        WebElement status = browser.findElement(By.id("activation-status"));
        waitFor(ExpectedConditions.textToBePresentInElement(status, "n•••@example.com"));

        WebElement code = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#activation-code input")));
        String right = newcomersCode();
        code.sendKeys(right.equals("000000") ? "000001" : "000000", Keys.ENTER);
        waitFor(ExpectedConditions.attributeToBe(By.id("activation-code"), "invalid", "true"));
        assertThat(browser.findElement(By.id("activation-code")).getText()).contains("not right");

        code.sendKeys(Keys.chord(Keys.CONTROL, "a"), right, Keys.ENTER);

        waitFor(ExpectedConditions.textToBe(By.id("page-title"), "My privacy"));
        assertThat(browser.getCurrentUrl()).isEqualTo(portal.url());
        WebElement dashboard = browser.findElement(By.tagName("main"));
        waitFor(ExpectedConditions.textToBePresentInElement(dashboard, "Lotte Janssens"));
        assertThat(dashboard.getText()).contains(DemoNewcomer.NUMBER.toString(), "3 invoices");

        browser.get(portal.url() + "activity");
        WebElement activity = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("activity")));
        waitFor(ExpectedConditions.textToBePresentInElement(activity, "You activated your portal account"));
    }

    /** The code in the mail to the newcomer, from the demo's mailbox (its page needs a signed-in session). */
    private static String newcomersCode() {
        List<DemoMailbox.Mail> mails = portal.mailbox().messages().stream()
                .filter(mail -> mail.to().equals(DemoNewcomer.EMAIL))
                .toList();
        assertThat(mails).hasSize(1);
        Matcher matcher = CODE.matcher(mails.get(0).body());
        assertThat(matcher.find())
                .as("a six-digit code in: " + mails.get(0).body())
                .isTrue();
        return matcher.group(1);
    }
}
