package dev.claimdesk.cli;

/** How list commands print: JSON for programs, TSV for spreadsheets and shell tools. */
enum OutputFormat {
    json,
    tsv
}
