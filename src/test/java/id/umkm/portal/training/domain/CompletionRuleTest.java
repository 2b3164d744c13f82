package id.umkm.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CompletionRuleTest {

    @Test
    void eightyPercentMeansFourOfFiveButNotThree() {
        assertThat(CompletionRule.completed(4, 5, 80)).isTrue();
        assertThat(CompletionRule.completed(3, 5, 80)).isFalse();
        assertThat(CompletionRule.completed(5, 5, 80)).isTrue();
    }

    @Test
    void roundingNeverLetsSomeoneBelowTheShareThrough() {
        // 2 of 3 = 66.7 %: below 67 %, above 66 %.
        assertThat(CompletionRule.completed(2, 3, 67)).isFalse();
        assertThat(CompletionRule.completed(2, 3, 66)).isTrue();
        assertThat(CompletionRule.completed(0, 1, 0)).isTrue();
        assertThat(CompletionRule.completed(1, 1, 100)).isTrue();
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThatThrownBy(() -> CompletionRule.completed(1, 0, 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompletionRule.completed(6, 5, 80)).isInstanceOf(IllegalArgumentException.class);
    }
}
