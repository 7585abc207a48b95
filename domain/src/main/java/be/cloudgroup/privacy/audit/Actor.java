package be.cloudgroup.privacy.audit;

/** Who acts: a portal account, or the portal itself (start-up tasks, schedules). */
public record Actor(Long accountId, String name) {

    public static final Actor SYSTEM = new Actor(null, "system");
}
