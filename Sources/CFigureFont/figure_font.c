#include "figure_font.h"

// The files' bytes, put into the program by the compiler (C23's #embed): read by FreeType where
// they lie, with nothing to decode or look up at run time.
static const unsigned char regular[] = {
#embed "fonts/DejaVuSans.ttf"
};
static const unsigned char bold[] = {
#embed "fonts/DejaVuSans-Bold.ttf"
};
static const unsigned char oblique[] = {
#embed "fonts/DejaVuSans-Oblique.ttf"
};
static const unsigned char bold_oblique[] = {
#embed "fonts/DejaVuSans-BoldOblique.ttf"
};

const unsigned char *figure_font_file(figure_font_style style, size_t *length) {
    switch (style) {
    case FIGURE_FONT_BOLD: *length = sizeof bold; return bold;
    case FIGURE_FONT_OBLIQUE: *length = sizeof oblique; return oblique;
    case FIGURE_FONT_BOLD_OBLIQUE: *length = sizeof bold_oblique; return bold_oblique;
    default: *length = sizeof regular; return regular;
    }
}
