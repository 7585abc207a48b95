package be.cloudgroup.privacy.ui.i18n;

import be.cloudgroup.privacy.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Remembers the language a person picked (a cookie holding only the language code), so every
 * new session and the sign-in pages speak it; otherwise the browser's language decides.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "portal-language";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> fromCookie(init.getRequest())
                        .ifPresent(language -> init.getSession().setLocale(language.locale())));
        event.addIndexHtmlRequestListener(page -> page.getDocument()
                .getElementsByTag("html")
                .attr("lang", pageLanguage(page.getVaadinRequest()).code()));
    }

    /** The language a page opens in: the remembered choice, else the browser's, else English. */
    static Language pageLanguage(VaadinRequest request) {
        return fromCookie(request).or(() -> Language.of(request.getLocale())).orElse(Language.EN);
    }

    /** Switches the whole session to the language and remembers it for a year. */
    public static void choose(Language language) {
        VaadinSession.getCurrent().setLocale(language.locale());
        UI.getCurrent().setLocale(language.locale());
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.code());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSecure(VaadinRequest.getCurrent() != null
                    && VaadinRequest.getCurrent().isSecure());
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    /** The language of the current UI, English when the locale is not one of ours. */
    public static Language current() {
        return Language.of(UI.getCurrent().getLocale()).orElse(Language.EN);
    }

    static Optional<Language> fromCookie(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> Arrays.stream(Language.values())
                        .filter(language -> language.code().equals(cookie.getValue()))
                        .findFirst());
    }
}
