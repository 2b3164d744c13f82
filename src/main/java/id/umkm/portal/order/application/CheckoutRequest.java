package id.umkm.portal.order.application;

import id.umkm.portal.order.domain.DeliveryMethod;
import id.umkm.portal.seller.application.IndonesianMobile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * What a buyer submits: the lines, a phone the sellers can reach, and for courier delivery the address
 * and its kecamatan. Each seller's order is picked up or sent by courier as methodBySeller says, else
 * by the default method.
 */
public record CheckoutRequest(
        @NotEmpty(message = "{order.checkout.empty}") List<@Valid @NotNull Item> items,
        @NotBlank(message = "{order.checkout.phoneRequired}") @IndonesianMobile(message = "{order.checkout.phoneInvalid}") String phone,
        @Size(max = 255, message = "{order.checkout.addressTooLong}") String address,
        Short kecamatanId,
        @NotNull(message = "{order.checkout.methodRequired}") DeliveryMethod defaultMethod,
        Map<Long, DeliveryMethod> methodBySeller) {

    public record Item(
            @NotNull(message = "{order.checkout.productRequired}") Long productId,
            Long variantId,
            @Min(value = 1, message = "{order.checkout.quantityRange}") @Max(value = 999, message = "{order.checkout.quantityRange}") int quantity) {

        public CartKey key() {
            return new CartKey(productId, variantId == null ? 0 : variantId);
        }
    }

    public DeliveryMethod methodFor(long sellerId) {
        return methodBySeller == null ? defaultMethod : methodBySeller.getOrDefault(sellerId, defaultMethod);
    }
}
