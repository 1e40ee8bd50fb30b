// Compiled as part of the connection layer: its own headers and those of
// the layers below resolve. The layering test builds this first, so that
// the upward include failing means the layer rule and nothing else.
#include <Tandem/deviceidentity.h>
#include <Tandem/frame.h>
#include <Tandem/link.h>
#include <Tandem/peerconnection.h>
