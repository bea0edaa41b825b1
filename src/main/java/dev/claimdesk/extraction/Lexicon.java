package dev.claimdesk.extraction;

import java.util.regex.Pattern;

/** The word patterns behind the detector's signals; each is named after the reason it gives. */
final class Lexicon {
    private Lexicon() {}

    /** Every lexicon made by {@link #words}, in order: what {@link #INDEX} is built from. */
    private static final java.util.List<WordSet> ALL = new java.util.ArrayList<>();

    /**
     * A whole-word alternation, matched against the LOWER-CASED sentence (see {@link Signals}):
     * case-insensitive matching costs more than everything else the detector does. Every lexicon
     * made here joins the one-pass {@link #INDEX} and, through it, the {@link Vocabulary}: a new
     * lexicon is one line.
     */
    private static WordSet words(String alternation) {
        if (INDEX != null) {
            throw new IllegalStateException("a lexicon made after INDEX would not be indexed: declare it above");
        }
        WordSet set = new WordSet(alternation);
        ALL.add(set);
        return set;
    }

    static final WordSet SUPERLATIVE = words("world'?s (?:first|best|only|leading|\\w+est|most\\S*)"
            + "|first[- ]ever|the first (?!(?:time|quarter|half|week|month|day|year|round|phase|stage|part|step|"
            + "floor|page|two|three|four|five|ten|of|one|few)\\b)\\w+|(?:largest|biggest|highest|lowest|fastest|"
            + "slowest|strongest|cheapest|smallest|oldest|youngest|longest|deepest|tallest|greatest|worst|"
            + "best-selling|most-watched|most-viewed|most-visited|most-used|most-popular|safest|richest|poorest|"
            + "hottest|coldest|warmest|busiest|heaviest|lightest|brightest|cleanest|greenest|quietest|widest|"
            + "thinnest|best-performing|top-selling)|the most (?!(?:of|part|likely|recent|important)\\b)\\w+|"
            + "ever (?:built|made|recorded|seen|produced|sold|created|measured|developed|launched|designed|"
            + "achieved|reached|registered|attempted|flown|grown)|of all time|all-time (?:high|low|record|best)|"
            + "first of its kind|first-of-its-kind|world[- ]first|industry[- ]first|unmatched|unrivalled|unrivaled|"
            + "unparalleled|second to none|record[- ](?:high|low|breaking|number|level)|"
            + "unprecedented|never before|no other|not been done before|haven't been done before|the only|"
            + "number one|no\\. 1|top-ranked|leading (?:global|world)|in history");

    static final WordSet CHANGE = words("rose|risen|rising|rises|increased?|increasing|fell|fallen|falling|"
            + "dropped|drops?|declined?|declining|doubled?|doubling|tripled?|tripling|quadrupled|halved|grew|grown|"
            + "growth|surged?|jumped|soared|plunged|plummeted|climbed|slumped|shrank|shrunk|cut|cuts|reduced?|"
            + "reduction|expanded|boosted|went up|went down|up from|down from|from [\\d.,]+ .{0,40}? to [\\d.,]+");

    static final WordSet COMPARISON = words("more than|less than|fewer than|greater than|higher than|lower than|"
            + "compared (?:with|to)|as many as|as much as|times (?:more|less|as|higher|lower|bigger|larger)|"
            + "twice as|half as|\\w+er than|outpac\\w+|surpass\\w*|overtak\\w+|ahead of|behind");

    static final WordSet PREDICTION = words("will|won't|would be|is expected to|are expected to|expects?|"
            + "forecasts?|projected|predicts?|is set to|are set to|is going to|are going to|by 20[3-9]\\d");

    static final WordSet SHARE = words("share|shares|stake|market|percent of|per cent of|% of|proportion|"
            + "majority|minority|ranks?|ranked|ranking|top \\d+|leading|half of|third of|quarter of");

    static final WordSet OPINION = words("think|thinks|thought|believe|believes|feel|feels|hope|hopes|wish|"
            + "want|wants|like|love|hate|seems?|appears? to|obviously|clearly|should|must|ought|need to|needs to|"
            + "may|might|could|cannot|can't|perhaps|probably|maybe|opinion|remains to be seen|in my view|"
            + "i mean|frankly|honestly|terrible|wonderful|great|amazing|disaster|disgrace|ridiculous|"
            + "exemplified|soft power|ineffective|fears|elegant|stunning|stunned|worry|worries");

    static final WordSet EXHORTATION = words("we need|we must|we have to|we've got to|let's|let us|we should|"
            + "we're going to|we are going to|i will|i'll|we will|we'll|i want|i'm going to|i am going to");

    static final WordSet FACTUAL_VERB = words("voted|votes|passed|signed|created|lost|raised|spent|built|"
            + "invested|won|banned|killed|paid|pays|cost|costs|owns?|employs?|produced|sold|bought|"
            + "imported|exported|approved|opposed|supported|funded|reported|recorded|measured|"
            + "consum\\w+|generat\\w+|has|had|have|is|was|were|are");

    static final WordSet STATISTICS = words("jobs?|tax(?:es)?|unemployment|deficit|debt|budget|gdp|economy|"
            + "wages?|income|crime|deaths?|emissions?|energy|market|sales|revenue|costs?|prices?|inflation|"
            + "population|percent|per cent|million|billion|trillion|rate|average|viewers|companies|"
            + "people|workers|students|votes|growth|production|capacity|homes|households|immigrants|"
            + "troops|spending|dollars|euros|yuan|record|study|survey|data|statistics|figures?");

    static final Pattern QUESTION_START = Pattern.compile(
            "^(?:who|what|why|how|when|where|is|are|do|does|did|can|could|would|should|will)\\b.*\\?\\W*$");

    static final WordSet SMALL_TALK = words("thank you|thanks|good evening|good night|good morning|welcome|"
            + "applause|laughter|crosstalk|inaudible|okay|ok|all right|alright|yes|no|absolutely|exactly|"
            + "excuse me|go ahead|let me finish|i'm sorry|please|hello|hi|bye");

    /** Speech verbs, each a whole word of the lower-cased sentence. */
    static final java.util.Set<String> SPEECH_VERBS = Vocabulary.known(
            "said",
            "says",
            "say",
            "told",
            "tells",
            "added",
            "adds",
            "stated",
            "states",
            "claimed",
            "claims",
            "revealed",
            "reveals",
            "noted",
            "notes",
            "argued",
            "argues",
            "explained",
            "explains",
            "wrote",
            "writes",
            "announced",
            "announces",
            "reported",
            "reports",
            "insisted",
            "insists",
            "warned",
            "warns",
            "estimated",
            "estimates",
            "asserted",
            "disclosed",
            "confirmed",
            "confirms",
            "boasted",
            "suggested",
            "predicted",
            "posted");

    /** Words that may stand between the speaker and the verb and belong to the verb ("it also said"). */
    static final java.util.Set<String> SPEECH_VERB_PREFIXES = Vocabulary.known("also", "further", "then", "later");

    /** Matched on the lower-cased sentence; the group's offsets select the speaker in the original. */
    static final Pattern ACCORDING_TO = Pattern.compile("\\baccording to (?<who>[^,.;:\"“”]{2,80})");

    static final WordSet AI_SOURCE = words("chatbots?|chat bots?|chatgpt|gpt-\\d\\w*|ai assistants?|"
            + "ai models?|language models?|llms?|ai tools?|generative ai|gemini|copilot|ai system|"
            + "artificial intelligence (?:tool|system|model|assistant)");

    static final WordSet ANONYMOUS = words("asked not to be named|declined to be named|did not want to be named|"
            + "requested anonymity|on condition of anonymity|anonymous|anonymously|unnamed|sources? said|"
            + "sources? say|a source|sources close to|people familiar with|person familiar with|insiders?|"
            + "officials? who|it is understood|reportedly");

    static final WordSet COMMERCIAL = words("company|companies|firm|startup|start-up|operator|manufacturer|"
            + "developer|maker|vendor|ltd|inc|corp|corporation|gmbh|plc|llc|robotics|technologies|"
            + "chief executive|ceo|cto|cfo|chief \\w+ officer|founder|co-founder|spokesperson for the company|"
            + "marketing|sales director|brand");

    static final WordSet OWN_REFERENCE = words("its|our|we|us|their|the company's|the firm's");

    /** Whole lower-cased speaker phrases that refer back to the previous speaker. */
    static final java.util.Set<String> PRONOUN_SPEAKERS = java.util.Set.of(
            "it",
            "he",
            "she",
            "they",
            "the company",
            "the firm",
            "the chatbot",
            "the bot",
            "the spokesperson",
            "the official",
            "the minister",
            "the ministry",
            "the report",
            "the study",
            "the agency");

    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

    static final WordSet RANKING = words("ranked|ranks|number one|top \\d+");

    static final Pattern TEASER = Pattern.compile("(?iu)^\\s*(?:read more|also read|related|see also|more on this|"
            + "recommended|watch|listen|most read|trending|advertisement|sponsored|subscribe|sign up|share this|"
            + "share|print|pdf view|comments?|click here|follow us)\\b.*");

    static final Pattern BYLINE = Pattern.compile(
            "(?u)^\\s*(?:By|BY|Von|Par|Por)\\s+\\p{Lu}[\\p{L}.'’-]*(?:[\\s,]+" + "[\\p{L}.'’&-]+){0,8}\\s*$");

    static final Pattern DATELINE = Pattern.compile("(?iu)^\\s*(?:published|updated|posted|last updated|"
            + "first published|modified)\\b.*|^\\s*\\d{1,2}:\\d{2}.*\\d{4}\\s*$|^\\s*(?:\\d{1,2} )?(?:jan|feb|mar|"
            + "apr|may|jun|jul|aug|sep|oct|nov|dec)\\w* \\d{1,2},? \\d{4}\\s*$");

    static final Pattern CAPTION = Pattern.compile("(?iu)\\((?:photo|photos|image|picture|file photo|ap photo|"
            + "reuters|afp|xinhua|getty|credit)[^)]*\\)\\s*$|^\\s*(?:photo|image|picture|caption|credit)\\s*:.*");

    /** The speech verbs of {@link #SPEECH_VERBS} and "according": a sentence without any quotes nobody. */
    static final WordSet SPEECH_WORD = words("said|says|say|told|tells|added|adds|stated|states|claimed|claims|"
            + "revealed|reveals|noted|notes|argued|argues|explained|explains|wrote|writes|announced|announces|"
            + "reported|reports|insisted|insists|warned|warns|estimated|estimates|asserted|disclosed|confirmed|"
            + "confirms|boasted|suggested|predicted|posted|according");

    /**
     * Every word lexicon above, for the one-pass {@link LexiconIndex}: made last, when {@link #ALL}
     * holds them all.
     */
    static final LexiconIndex INDEX = new LexiconIndex(java.util.List.copyOf(ALL));
}
