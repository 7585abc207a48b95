package be.cloudgroup.privacy.ui.download;

import be.cloudgroup.privacy.account.RateLimitedException;
import be.cloudgroup.privacy.download.ArchiveDownload;
import be.cloudgroup.privacy.download.DownloadNotFoundException;
import be.cloudgroup.privacy.download.DownloadRefusedException;
import be.cloudgroup.privacy.download.DownloadService;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.security.RecentAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves the archive outside Vaadin (no UI session lock is held while it streams) and sends a
 * stale session through the identity provider again. Security: only customers reach these paths
 * (see the security configuration); the service checks that the ticket is the caller's.
 */
@Controller
class ArchiveController {

    static final String SIGN_IN_AGAIN = "/download/sign-in-again";
    static final String ARCHIVE = "/download/archive/";

    private final DownloadService downloads;
    private final Clock clock;
    private final PortalI18NProvider i18n;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    ArchiveController(DownloadService downloads, Clock clock, PortalI18NProvider i18n) {
        this.downloads = downloads;
        this.clock = clock;
        this.i18n = i18n;
    }

    /**
     * Remembers this address and starts a sign-in that demands the credentials again; once signed
     * in, the provider's answer returns here and a recent session goes on to the download page.
     */
    @GetMapping(SIGN_IN_AGAIN)
    void signInAgain(Authentication authentication, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (RecentAuthentication.isRecent(authentication, clock)) {
            response.sendRedirect(request.getContextPath() + "/" + DownloadView.ROUTE);
            return;
        }
        requestCache.saveRequest(request, response);
        response.sendRedirect(request.getContextPath() + RecentAuthentication.signInAgainPath());
    }

    @GetMapping(ARCHIVE + "{ticket}")
    void archive(
            @PathVariable String ticket,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (!RecentAuthentication.isRecent(authentication, clock)) {
            response.sendRedirect(request.getContextPath() + SIGN_IN_AGAIN);
            return;
        }
        ArchiveDownload download;
        try {
            download = downloads.redeem(ticket);
        } catch (DownloadNotFoundException e) {
            invalidLink(request, response);
            return;
        } catch (RateLimitedException e) {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        } catch (DownloadRefusedException e) {
            response.sendError(
                    e.reason() == DownloadRefusedException.Reason.RATE_LIMITED
                            ? HttpStatus.TOO_MANY_REQUESTS.value()
                            : HttpStatus.FORBIDDEN.value());
            return;
        }
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(download.fileName())
                        .build()
                        .toString());
        downloads.write(download, response.getOutputStream());
    }

    /**
     * The page (404) for a ticket that is unknown, used, expired or another account's. Tickets live
     * in the memory of the instance that issued them, so this is also what a link answers on
     * another portal instance (after a fail-over): the customer goes back and asks again.
     */
    private void invalidLink(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale();
        String title = HtmlUtils.htmlEscape(i18n.getTranslation("download.link.invalid.title", locale));
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head>"
                                .formatted(
                                        Language.of(locale).orElse(Language.EN).code(), title)
                        + "<body><main><h1>%s</h1><p>%s</p><p><a href=\"%s\">%s</a></p></main></body></html>"
                                .formatted(
                                        title,
                                        HtmlUtils.htmlEscape(i18n.getTranslation("download.link.invalid.text", locale)),
                                        request.getContextPath() + "/" + DownloadView.ROUTE,
                                        HtmlUtils.htmlEscape(i18n.getTranslation("download.link.back", locale))));
    }
}
