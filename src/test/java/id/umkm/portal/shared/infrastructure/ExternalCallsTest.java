package id.umkm.portal.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class ExternalCallsTest {

    @Test
    void aConnectOrReadTimeoutWrappedByTheClientIsATimeout() {
        assertThat(ExternalCalls.timedOut(new ProcessingException(new SocketTimeoutException("Read timed out")))).isTrue();
        assertThat(ExternalCalls.timedOut(new ProcessingException("wrapped",
                new RuntimeException(new SocketTimeoutException("connect timed out"))))).isTrue();
    }

    @Test
    void aRefusedConnectionIsNotATimeout() {
        assertThat(ExternalCalls.timedOut(new ProcessingException(new ConnectException("Connection refused")))).isFalse();
        assertThat(ExternalCalls.timedOut(null)).isFalse();
    }
}
