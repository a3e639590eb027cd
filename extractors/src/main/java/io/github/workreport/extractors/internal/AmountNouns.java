package io.github.workreport.extractors.internal;

import io.github.workreport.quantity.QuantityMatch;

/**
 * Stage {@code candidate}: what a quantity beside a noun of a kind names. An amount written before a
 * fund is the fund's size ({@link Role#FUND_NOUN}); a count beside a plan's indicators is the size of
 * the plan's list, no figure ({@link Role#INDICATOR_NOUN}).
 */
final class AmountNouns {

    private AmountNouns() {
    }

    /**
     * The fund an amount is written before (设立100亿元南疆发展专项资金 → 南疆发展专项资金, 20.3亿元以旧换新补贴拉动消费…
     * → 以旧换新补贴): the words after it up to the first fund noun ({@link Role#FUND_NOUN}) in its clause, or null.
     */
    static String fundNoun(String s, QuantityMatch m) {
        if (!isMoney(m.quantity().unit()) || m.end() >= s.length() || !Character.isIdeographic(s.charAt(m.end()))) {
            return null;
        }
        int to = Math.min(m.end() + Candidates.countedEnd(s, m.end()), m.end() + MAX_FUND);
        WordList.Match fund = Lexicon.words(Role.FUND_NOUN).find(s, m.end(), to);
        String noun = fund == null ? null : Indicators.clean(s.substring(m.end(), fund.index() + fund.word().length()));
        return noun != null && noun.length() > fund.word().length() ? noun : null; // (not 安排109亿元资金: 资金 alone)
    }

    /** The longest fund name read after an amount. */
    private static final int MAX_FUND = 16;

    /** Whether {@code unit} is one of money (元, 万元, 美元: the base units of money end in 元). */
    private static boolean isMoney(String unit) {
        return !unit.isEmpty() && unit.charAt(unit.length() - 1) == '元';
    }

    /** Whether {@code m} counts a plan's indicators ({@link Role#INDICATOR_NOUN}) written before or after it (约束性指标9项, 提出6项指标). */
    static boolean countsIndicators(String s, QuantityMatch m) {
        if (!Lexicon.set(Role.COUNT_UNIT).contains(m.quantity().unit())) {
            return false;
        }
        WordList nouns = Lexicon.words(Role.INDICATOR_NOUN);
        return nouns.suffixOf(s.substring(Math.max(0, m.start() - MAX_INDICATOR_NOUN), m.start())) != null
                || nouns.find(s, m.end(), Math.min(s.length(), m.end() + MAX_INDICATOR_NOUN)) != null; // (28项主要指标)
    }

    /** The longest indicator noun looked for beside a count. */
    private static final int MAX_INDICATOR_NOUN = 4;
}
