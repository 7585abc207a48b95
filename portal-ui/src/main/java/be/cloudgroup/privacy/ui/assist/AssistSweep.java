package be.cloudgroup.privacy.ui.assist;

import be.cloudgroup.privacy.assist.AssistService;
import be.cloudgroup.privacy.ui.security.SystemTask;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends overdue assist sessions and those whose accounts were locked, every {@link #SWEEP_SECONDS}
 * seconds. With several portal instances ShedLock's row lets one of them sweep per period: the lock
 * is held at least two thirds of the period, so an instance whose timer fires a little later skips.
 */
@Component
class AssistSweep {

    static final int SWEEP_SECONDS = 30;

    private final AssistService assist;

    AssistSweep(AssistService assist) {
        this.assist = assist;
    }

    @Scheduled(fixedDelay = SWEEP_SECONDS, initialDelay = SWEEP_SECONDS, timeUnit = TimeUnit.SECONDS)
    @SchedulerLock(name = "assist-sweep", lockAtLeastFor = "PT20S", lockAtMostFor = "PT5M")
    public void endOverdueSessions() {
        SystemTask.run(assist::endOverdueAndLocked);
    }
}
