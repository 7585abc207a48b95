package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.SecretTokens;
import be.cloudgroup.privacy.account.SignInResult.Reason;
import be.cloudgroup.privacy.account.SignInService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a portal session whose account an admin has locked, disabled, given other roles, or
 * signed out everywhere since sign-in, and records the session so admins see it (on every portal
 * instance: the record is in the database). Checked at most every {@code portal.session.check-interval}
 * (15 s) per session.
 *
 * <p>A page idle in a browser sends no request of its own, so every portal page sends Vaadin
 * heartbeats every {@code vaadin.heartbeat-interval} (10 s; heartbeats do not count
 * as activity, so the idle timeout still applies). The person is told why on the sign-in problem
 * page within the check interval plus the heartbeat's (25 s): a page request is redirected there, a Vaadin
 * request gets what the Vaadin client understands (a refresh token for UIDL, 403 for a
 * heartbeat, after which the client reloads the page), and a short-lived cookie names the reason
 * for that reload, which is redirected to the page too.
 */
class ActiveSessionFilter extends OncePerRequestFilter {

    static final String ENDED_COOKIE = "PORTAL_SESSION_ENDED";
    private static final String CHECKED_AT = ActiveSessionFilter.class.getName() + ".checkedAt";
    private static final String SESSION_KEY = ActiveSessionFilter.class.getName() + ".key";

    /** The random key of this HTTP session's record, bound to the account it was made for. */
    private record SessionKey(long accountId, String key) implements Serializable {}

    private final SignInService signIn;
    private final Clock clock;
    private final Duration interval;

    ActiveSessionFilter(SignInService signIn, Clock clock, Duration interval) {
        this.signIn = signIn;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            Instant now = clock.instant();
            Instant checkedAt = (Instant) session.getAttribute(CHECKED_AT);
            if (checkedAt == null || !checkedAt.plus(interval).isAfter(now)) {
                Optional<Reason> refusal = signIn.checkSession(
                        key(session, user.account().accountId()),
                        request.getRemoteAddr(),
                        request.getHeader("User-Agent"));
                if (refusal.isPresent()) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    tell(request, response, refusal.get());
                    return;
                }
                session.setAttribute(CHECKED_AT, now);
            }
        } else if (endedCookie(request).isPresent() && isPageRequest(request)) {
            // the reload the Vaadin client does after its session ended: show why
            String path = endedCookie(request).get();
            response.addCookie(endedCookie(request.getContextPath(), "", 0));
            response.sendRedirect(request.getContextPath() + "/" + path);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The record's key of this session, made at the first check (and anew if another account signs in). */
    static String key(HttpSession session, long accountId) {
        if (session.getAttribute(SESSION_KEY) instanceof SessionKey key && key.accountId() == accountId) {
            return key.key();
        }
        SessionKey key = new SessionKey(accountId, SecretTokens.random());
        session.setAttribute(SESSION_KEY, key);
        return key.key();
    }

    /** The key of the session's record, if it has one (sign-out ends the record). */
    static Optional<String> existingKey(HttpSession session) {
        return session != null && session.getAttribute(SESSION_KEY) instanceof SessionKey key
                ? Optional.of(key.key())
                : Optional.empty();
    }

    private static void tell(HttpServletRequest request, HttpServletResponse response, Reason reason)
            throws IOException {
        String path = SignInProblemView.path(Optional.of(reason));
        String requestType = request.getParameter("v-r");
        if ("uidl".equals(requestType)) {
            // The Vaadin client follows this token to the page (see its DefaultConnectionStateHandler).
            response.setContentType("text/plain");
            response.getWriter().write("Vaadin-Refresh: " + request.getContextPath() + "/" + path);
        } else if (requestType != null) {
            // a heartbeat: 403 makes the client reload the page, which the cookie sends to the explanation
            // (a status, not sendError: the error page's dispatch would end in a redirect to the sign-in)
            response.addCookie(endedCookie(request.getContextPath(), path, 120));
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.sendRedirect(request.getContextPath() + "/" + path);
        }
    }

    private static Optional<String> endedCookie(HttpServletRequest request) {
        return request.getCookies() == null
                ? Optional.empty()
                : Arrays.stream(request.getCookies())
                        .filter(cookie -> ENDED_COOKIE.equals(cookie.getName()))
                        .map(Cookie::getValue)
                        .filter(value -> value.startsWith(SignInProblemView.ROUTE + "/") && value.matches("[a-z/-]+"))
                        .findFirst();
    }

    private static Cookie endedCookie(String contextPath, String value, int maxAge) {
        Cookie cookie = new Cookie(ENDED_COOKIE, value);
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setHttpOnly(true);
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private static boolean isPageRequest(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod())
                && request.getParameter("v-r") == null
                && accept != null
                && accept.contains("text/html")
                && !request.getRequestURI().startsWith(request.getContextPath() + "/" + SignInProblemView.ROUTE);
    }
}
