package id.umkm.portal.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an order's timeline. */
@Entity
@Table(name = "order_event")
public class OrderEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private OrderStatus to;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type")
    private Actor.Type actorType;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "note")
    private String note;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected OrderEvent() {
    }

    OrderEvent(Order order, OrderStatus from, OrderStatus to, Actor actor, String note, Instant at) {
        this.order = order;
        this.from = from;
        this.to = to;
        this.actorType = actor.type();
        this.actorId = actor.accountId();
        this.note = note;
        this.occurredAt = at;
    }

    public OrderStatus getFrom() {
        return from;
    }

    public OrderStatus getTo() {
        return to;
    }

    public Actor getActor() {
        return new Actor(actorType, actorId);
    }

    public String getNote() {
        return note;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
