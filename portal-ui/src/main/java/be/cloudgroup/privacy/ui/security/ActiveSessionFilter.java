package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.SignInResult.Reason;
import be.cloudgroup.privacy.account.SignInService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a portal session whose account an admin has locked, disabled or given other roles since
 * sign-in. Checked at most every {@link #INTERVAL} per session, so the database sees one small
 * query per active session and half minute.
 */
class ActiveSessionFilter extends OncePerRequestFilter {

    static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final String CHECKED_AT = ActiveSessionFilter.class.getName() + ".checkedAt";

    private final SignInService signIn;
    private final Clock clock;

    ActiveSessionFilter(SignInService signIn, Clock clock) {
        this.signIn = signIn;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof PortalUser) {
            Instant now = clock.instant();
            Instant checkedAt = (Instant) session.getAttribute(CHECKED_AT);
            if (checkedAt == null || !checkedAt.plus(INTERVAL).isAfter(now)) {
                Optional<Reason> refusal = signIn.sessionRefusal();
                if (refusal.isPresent()) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    response.sendRedirect(request.getContextPath() + "/" + SignInProblemView.path(refusal));
                    return;
                }
                session.setAttribute(CHECKED_AT, now);
            }
        }
        chain.doFilter(request, response);
    }
}
