#ifndef FIGURE_FONT_H
#define FIGURE_FONT_H

#include <stddef.h>

/// The styles of the figures' face, DejaVu Sans.
typedef enum {
    FIGURE_FONT_REGULAR = 0,
    FIGURE_FONT_BOLD = 1,
    FIGURE_FONT_OBLIQUE = 2,
    FIGURE_FONT_BOLD_OBLIQUE = 3,
} figure_font_style;

/// The TrueType file of DejaVu Sans in `style`, built into the program (fonts/): its first byte, and
/// its length in `length`. The bytes live as long as the process.
const unsigned char *figure_font_file(figure_font_style style, size_t *length);

#endif
