package org.theorykit.data;

/**
 * A dataset's source file is missing, fails its checksum or cannot be parsed. The message names
 * the file, what is wrong, and the command that brings the dataset in ({@code ./theorykit setup}).
 */
public final class DatasetUnavailableException extends IllegalStateException {

    /** The command that fetches and verifies every dataset (environment/datasets.sh, step_data). */
    public static final String FIX = "./theorykit setup";

    DatasetUnavailableException(String dataset, String problem) {
        super(dataset + ": " + problem + "; run '" + FIX + "' to bring it in");
    }

    DatasetUnavailableException(String dataset, String problem, Throwable cause) {
        super(dataset + ": " + problem + "; run '" + FIX + "' to bring it in", cause);
    }
}
