package io.github.digestlint.model;

/**
 * How a kind writes its entries' arXiv links: {@code <scheme>://arxiv.org/abs/<id>}, with or
 * without a version suffix such as {@code v1}.
 *
 * @param scheme {@code https} or {@code http}
 * @param version whether the id carries a version
 */
public record ArxivLinkForm(String scheme, Version version) {

    public enum Version {
        /** {@code 2509.21114}: the link follows the paper's newest version. */
        FORBIDDEN,
        /** Either form. */
        ALLOWED,
        /** {@code 2508.21824v1}: the link pins the version that was summarised. */
        REQUIRED
    }
}
