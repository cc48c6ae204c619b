#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

// pkg-config --cflags libgvc gives -I/usr/include/graphviz; the headers live in
// /usr/include/graphviz/, so <graphviz/gvc.h> resolves through the default path.
// gvc.h pulls in types.h, cgraph.h, cdt.h and gvcext.h.
#include <graphviz/gvc.h>

#endif
