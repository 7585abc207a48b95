package be.cloudgroup.privacy.audit;

/** Who acts: a portal account, or the portal itself (start-up tasks, schedules). */
public record Actor(Long accountId, String name) {

    /** The longest actor name the trail stores. */
    public static final int MAX_NAME_LENGTH = 120;

    public static final Actor SYSTEM = new Actor(null, "system");
}
