package be.cloudgroup.privacy.ui.unsubscribe;

import be.cloudgroup.privacy.unsubscribe.UnsubscribeLinkException;
import be.cloudgroup.privacy.unsubscribe.UnsubscribeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One-click unsubscribe (RFC 8058): mail programs POST to the address in a marketing mail's
 * {@code List-Unsubscribe} header. Anonymous and without CSRF token by design: the signed link is
 * the credential, and it can only unsubscribe. A person opening the address is sent to the page
 * that asks first.
 */
@RestController
class OneClickUnsubscribeController {

    private final UnsubscribeService unsubscribe;

    OneClickUnsubscribeController(UnsubscribeService unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @PostMapping(UnsubscribeRoutes.ONE_CLICK + "{token}")
    ResponseEntity<Void> unsubscribe(@PathVariable String token) {
        try {
            unsubscribe.confirm(token);
            return ResponseEntity.noContent().build();
        } catch (UnsubscribeLinkException e) {
            return ResponseEntity.status(
                            e.reason() == UnsubscribeLinkException.Reason.EXPIRED
                                    ? HttpStatus.GONE
                                    : HttpStatus.FORBIDDEN)
                    .build();
        }
    }

    @GetMapping(UnsubscribeRoutes.ONE_CLICK + "{token}")
    ResponseEntity<Void> ask(@PathVariable String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header("Location", UnsubscribeRoutes.pageUrl("", token))
                .build();
    }
}
