package id.umkm.portal.oss.application;

import java.io.Serializable;

/**
 * One line of business under a NIB ({@code data_proyek[]}).
 *
 * @param kbli KBLI 2020 code, five digits
 * @param riskLevel OSS {@code skala_resiko}: R low, MR medium-low, MT medium-high, T high
 */
public record NibProject(String kbli, String title, RiskLevel riskLevel) implements Serializable {

    public enum RiskLevel { R, MR, MT, T }

    public NibProject {
        if (kbli == null || !kbli.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("KBLI must be five digits: " + kbli);
        }
    }
}
