package org.beltportal.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free port for the tests that follow a mail: started while the test's
 * Spring properties are registered, so the server sends to it, and read as a person reads their inbox.
 */
final class Mailbox {

    private final GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    /** Starts the server and points {@code spring.mail.*} at it; call from a {@code @DynamicPropertySource}. */
    void startFor(DynamicPropertyRegistry registry) {
        server.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> server.getSmtp().getPort());
    }

    void stop() {
        server.stop();
    }

    /** Subject and text of the first mail to {@code address} that says {@code saying}, waiting up to ten seconds for it. */
    String awaitTextTo(String address, String saying) throws MessagingException, IOException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : server.getReceivedMessages()) {
                Address[] to = message.getAllRecipients();
                if (to != null && Arrays.stream(to).anyMatch(recipient -> recipient.toString().equals(address))) {
                    String text = message.getSubject() + "\n" + message.getContent();
                    if (text.contains(saying)) {
                        return text;
                    }
                }
            }
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail saying " + saying + " to " + address + " among " + server.getReceivedMessages().length + " received");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
