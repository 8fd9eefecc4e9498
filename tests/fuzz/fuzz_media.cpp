// Uploaded images: MediaStore::sniff, then MediaStore::ingest (header checks, decoding through
// Qt's image plugins, re-encoding, thumbnails) into a temporary directory emptied after each
// stored image.
#include "FuzzSupport.h"
#include "MediaStore.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Souk;
using namespace Souk::Server;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::startApplication(argc, argv); // image plugins are found through the application
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    const QByteArray type = MediaStore::sniff(bytes);
    Fuzz::check(type.isEmpty() || type == "png" || type == "jpeg" || type == "webp",
                "unknown sniffed type");

    const MediaStore store(dir.path());
    const Result<MediaStore::Image> image = store.ingest(bytes);
    if (!image) {
        const int status = image.error().status;
        Fuzz::check(type.isEmpty() ? status == 415 : status == 422, "unexpected refusal status");
        return 0;
    }
    Fuzz::check(!type.isEmpty(), "stored an image of no known type");
    Fuzz::check(image->width > 0 && image->height > 0
                    && qint64(image->width) * image->height <= MediaStore::MaxPixels,
                "stored image out of bounds");
    Fuzz::check(image->sha256.size() == 64, "bad hash");
    QDir(dir.path()).removeRecursively();
    return 0;
}
