/**
 * Demo prose written across lines to keep the source readable: each line break and the indentation after it read as
 * one space, so `text: prose\`...\`` holds exactly the sentence it would as one long string.
 */
export const prose = (strings: TemplateStringsArray) => strings.join('').replace(/\s+/g, ' ').trim()
