package id.umkm.portal.payment.infrastructure.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.payment.domain.QrisCodec;
import id.umkm.portal.payment.domain.QrisPayload;
import id.umkm.portal.shared.domain.Money;
import org.junit.jupiter.api.Test;

class SimulatedGatewayQrTest {

    @Test
    void theSimulatorIssuesADynamicQrisWithAmountAndBillNumber() {
        String qr = SimulatedGateway.dynamicQris("CO-20261123-0001", 87_500);
        QrisPayload decoded = QrisCodec.decode(qr);
        assertThat(decoded.dynamic()).isTrue();
        assertThat(qr).startsWith("000201010212");
        assertThat(decoded.amount()).contains(Money.rupiah(87_500));
        assertThat(decoded.billNumber()).contains("CO-20261123-0001");
        assertThat(decoded.nmid()).contains(SimulatedGateway.NMID);
        assertThat(decoded.merchantName()).isEqualTo("PORTAL UMKM BALIKPAPAN");
    }
}
