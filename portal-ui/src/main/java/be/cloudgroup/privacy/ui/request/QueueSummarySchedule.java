package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.ui.security.SystemTask;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * E-mails the handlers the request queue's summary every working morning (Belgian time). With
 * several portal instances, ShedLock's row in MariaDB lets exactly one of them send it; the lock
 * is held at least a minute, so instances whose clocks differ slightly do not send it twice.
 */
@Component
class QueueSummarySchedule {

    private static final Logger LOG = LoggerFactory.getLogger(QueueSummarySchedule.class);

    private final RequestService requests;

    QueueSummarySchedule(RequestService requests) {
        this.requests = requests;
    }

    @Scheduled(cron = "${portal.requests.summary-cron}", zone = "Europe/Brussels")
    @SchedulerLock(name = "request-queue-summary", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    public void sendSummary() {
        int open = SystemTask.run(requests::sendQueueSummary);
        LOG.info("Request queue summary sent: {} open requests", open);
    }
}
