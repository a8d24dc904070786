package org.beltportal.core.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a free port that a test can stop and start again on the same port, to
 * play an SMTP outage.
 */
final class MailServer {

    final int port;
    private GreenMail server;

    MailServer() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Messages received since the last start, to any of {@code recipients}. */
    synchronized List<MimeMessage> to(String... recipients) {
        List<String> wanted = Arrays.asList(recipients);
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(address -> wanted.contains(address.toString()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Messages to the recipient, waiting up to ten seconds for the first. */
    List<MimeMessage> awaitTo(String recipient) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<MimeMessage> found = to(recipient);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            server.waitForIncomingEmail(100, server.getReceivedMessages().length + 1);
            found = to(recipient);
        }
        if (found.isEmpty()) {
            throw new AssertionError("no mail to " + recipient + "; received: " + Arrays.stream(server.getReceivedMessages())
                    .map(message -> {
                        try {
                            return Arrays.toString(message.getAllRecipients());
                        } catch (MessagingException e) {
                            return e.toString();
                        }
                    }).toList());
        }
        return found;
    }
}
