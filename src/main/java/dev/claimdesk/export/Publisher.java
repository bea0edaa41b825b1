package dev.claimdesk.export;

/**
 * The fact-checking organisation that publishes the reviews: its name and site, and the pattern of
 * its fact-check URLs, where {claim_id} and {article_id} are replaced ("https://x.org/checks/{claim_id}").
 */
public record Publisher(String name, String url, String factCheckUrlPattern) {

    public String factCheckUrl(long claimId, long articleId) {
        if (factCheckUrlPattern == null || factCheckUrlPattern.isBlank()) {
            return null;
        }
        return factCheckUrlPattern
                .replace("{claim_id}", Long.toString(claimId))
                .replace("{article_id}", Long.toString(articleId));
    }
}
