/**
 * workreport evaluation: scores parsed reports against gold files in the format of the extraction spec, with
 * exactly the rules of the shared {@code evaluate.py}. See {@link io.github.workreport.evaluation.Evaluator}.
 */
module io.github.workreport.evaluation {
    requires transitive io.github.workreport.core;
    requires com.fasterxml.jackson.databind;

    exports io.github.workreport.evaluation;
}
