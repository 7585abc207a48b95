package be.cloudgroup.privacy.assist;

/** Port: tells a customer by e-mail, in their language, that support opened a session without their code. */
public interface AssistNotifier {

    void sessionWithoutCode(AssistTarget customer, AssistSession session);
}
