#include "DemoData.h"

#include "AccountMutations.h"
#include "AccountStore.h"
#include "ChatMutators.h"
#include "CommerceMutators.h"
#include "Database.h"
#include "DemoPhotos.h"
#include "FieldWrites.h"
#include "MediaRecords.h"
#include "ModerationMutators.h"
#include "Mutators.h"
#include "PasswordHasher.h"
#include "ServerSyncStore.h"
#include "Uuid.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

using DemoPhotos::Scene;

//! Follows, posts with painted photos, likes and comments among the demo accounts, made by the
//! real mutators (so counts and notifications come out as they would in use), spread over the
//! last days.
Result<Ok> seedSocial(QSqlDatabase &db, const MediaStore &media, const QHash<QString, QString> &ids)
{
    ServerSyncStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    quint32 counter = 0;
    qint64 seq = 0;
    auto run = [&](const QString &who, qint64 minutesAgo, const QString &name,
                   const QJsonObject &args) -> Result<Ok> {
        const Sync::Hlc hlc {now - minutesAgo * 60'000, counter++, u"demo"_s};
        return Sync::MutatorRegistry::instance().run(store, {ids.value(who), hlc, true},
                                                     {++seq, name, 1, args, hlc});
    };
    auto photo = [&](const QString &who, Scene scene, int variant) -> Result<QString> {
        const QByteArray bytes = DemoPhotos::paint(scene, variant);
        Result<MediaStore::Image> image = media.ingest(bytes);
        if (!image)
            return image.error();
        const QString id = MediaRecords::idOf(bytes);
        if (Result<Ok> recorded = MediaRecords::record(db, id, *image, ids.value(who)); !recorded)
            return recorded.error();
        return id;
    };
    struct Follow
    {
        QString who, whom;
    };
    for (const Follow &f : {Follow {u"layla"_s, u"sami"_s},
                            {u"layla"_s, u"omar"_s},
                            {u"layla"_s, u"mona"_s},
                            {u"omar"_s, u"layla"_s},
                            {u"omar"_s, u"sami"_s},
                            {u"sami"_s, u"layla"_s},
                            {u"mona"_s, u"layla"_s},
                            {u"mona"_s, u"sami"_s}}) {
        if (Result<Ok> done =
                run(f.who, 60 * 24 * 6, u"follow"_s, {{u"user_id"_s, ids.value(f.whom)}});
            !done)
            return done;
    }
    struct Post
    {
        QString id, who;
        qint64 minutesAgo;
        QString caption;
        QList<std::pair<Scene, int>> photos;
    };
    const QList<Post> posts {
        {u"0190d000-0000-7000-8000-000000000001"_s,
         u"sami"_s,
         60 * 70,
         u"New glaze on the kiln shelf this morning. Cobalt, as always. #ceramics #handmade"_s,
         {{Scene::Ceramics, 1}, {Scene::Ceramics, 2}}},
        {u"0190d000-0000-7000-8000-000000000002"_s,
         u"omar"_s,
         60 * 52,
         u"Evening over the old city #travel #souk"_s,
         {{Scene::SunsetDomes, 1}}},
        {u"0190d000-0000-7000-8000-000000000003"_s,
         u"layla"_s,
         60 * 30,
         u"Mint tea break with @omar before the market closes #tea #souk"_s,
         {{Scene::TeaGlasses, 1}, {Scene::Spices, 2}, {Scene::Lanterns, 1}}},
        {u"0190d000-0000-7000-8000-000000000004"_s,
         u"mona"_s,
         60 * 20,
         u"The lantern alley is finally lit again ✨ #lanterns #nightmarket"_s,
         {{Scene::Lanterns, 2}}},
        {u"0190d000-0000-7000-8000-000000000005"_s,
         u"sami"_s,
         60 * 9,
         u"Weavers next door brought their spring colours. Thinking about a collab, @layla? #textiles"_s,
         {{Scene::Textiles, 1}, {Scene::Textiles, 3}}},
        {u"0190d000-0000-7000-8000-000000000006"_s,
         u"omar"_s,
         60 * 3,
         u"Saffron, cumin, sumac: the spice row at noon #spices #souk"_s,
         {{Scene::Spices, 1}}},
        {u"0190d000-0000-7000-8000-000000000007"_s,
         u"layla"_s,
         40,
         u"Sunset from the rooftop café #travel"_s,
         {{Scene::SunsetDomes, 3}}},
    };
    for (const Post &p : posts) {
        QJsonArray mediaIds;
        for (const auto &[scene, variant] : p.photos) {
            Result<QString> id = photo(p.who, scene, variant);
            if (!id)
                return id.error();
            mediaIds.append(*id);
        }
        if (Result<Ok> done =
                run(p.who, p.minutesAgo, u"createPost"_s,
                    {{u"id"_s, p.id}, {u"caption"_s, p.caption}, {u"media"_s, mediaIds}});
            !done)
            return done;
    }
    struct Like
    {
        QString who;
        int post;
    };
    for (const Like &l : {Like {u"layla"_s, 0},
                          {u"omar"_s, 0},
                          {u"mona"_s, 0},
                          {u"layla"_s, 1},
                          {u"omar"_s, 2},
                          {u"sami"_s, 2},
                          {u"mona"_s, 2},
                          {u"layla"_s, 3},
                          {u"layla"_s, 4},
                          {u"omar"_s, 6},
                          {u"mona"_s, 6}}) {
        const Post &post = posts.at(l.post);
        if (Result<Ok> done =
                run(l.who, post.minutesAgo - 5, u"likePost"_s, {{u"post_id"_s, post.id}});
            !done)
            return done;
    }
    struct Comment
    {
        QString id, who;
        int post;
        QString body;
        QString parent;
    };
    const QList<Comment> comments {
        {u"0190d000-0000-7000-8000-00000000c001"_s,
         u"layla"_s,
         0,
         u"That blue! Saving one for me."_s,
         {}},
        {u"0190d000-0000-7000-8000-00000000c002"_s, u"sami"_s, 0,
         u"@layla it's yours, come by Thursday."_s, u"0190d000-0000-7000-8000-00000000c001"_s},
        {u"0190d000-0000-7000-8000-00000000c003"_s,
         u"omar"_s,
         2,
         u"Best tea in the souk, no contest."_s,
         {}},
        {u"0190d000-0000-7000-8000-00000000c004"_s, u"mona"_s, 2, u"Next time call me too!"_s, {}},
        {u"0190d000-0000-7000-8000-00000000c005"_s,
         u"layla"_s,
         4,
         u"Yes! Let's talk this week."_s,
         {}},
        {u"0190d000-0000-7000-8000-00000000c006"_s, u"omar"_s, 6, u"Wow, what a view."_s, {}},
    };
    for (const Comment &c : comments) {
        QJsonObject args {
            {u"id"_s, c.id}, {u"post_id"_s, posts.at(c.post).id}, {u"body"_s, c.body}};
        if (!c.parent.isEmpty())
            args.insert(u"parent_id"_s, c.parent);
        if (Result<Ok> done = run(c.who, posts.at(c.post).minutesAgo - 10, u"comment"_s, args);
            !done)
            return done;
    }
    // Conversations: a group of neighbours at the market, and Layla with Omar.
    const QString group = u"0190d000-0000-7000-8000-0000000ca001"_s;
    if (Result<Ok> done =
            run(u"sami"_s, 60 * 5, u"createGroup"_s,
                {{u"id"_s, group},
                 {u"title"_s, u"Souk neighbours"_s},
                 {u"user_ids"_s,
                  QJsonArray {ids.value(u"layla"_s), ids.value(u"omar"_s), ids.value(u"mona"_s)}}});
        !done)
        return done;
    struct Line
    {
        QString who;
        qint64 minutesAgo;
        QString text;
        QString id;
        QString replyTo = {};
        std::optional<Scene> photo = std::nullopt;
    };
    const QList<Line> lines {
        {u"sami"_s, 290, u"Kiln opens at 7 tomorrow, anyone need a hand with stalls?"_s,
         u"0190d000-0000-7000-8000-0000000cb001"_s},
        {u"omar"_s, 280, u"I can help after 8, bringing the spice crates anyway."_s,
         u"0190d000-0000-7000-8000-0000000cb002"_s},
        {u"mona"_s, 200, u"The lantern alley power is back, finally!"_s,
         u"0190d000-0000-7000-8000-0000000cb003"_s},
        {u"mona"_s,
         195,
         u"How it looks tonight:"_s,
         u"0190d000-0000-7000-8000-0000000cb006"_s,
         {},
         Scene::Lanterns},
        {u"omar"_s, 190, u"Beautiful! Customers will find us in the dark again."_s,
         u"0190d000-0000-7000-8000-0000000cb007"_s, u"0190d000-0000-7000-8000-0000000cb003"_s},
        {u"layla"_s, 120, u"Great news. Coffee at the corner before opening?"_s,
         u"0190d000-0000-7000-8000-0000000cb004"_s},
        {u"sami"_s, 30, u"Count me in ☕"_s, u"0190d000-0000-7000-8000-0000000cb005"_s},
    };
    for (const Line &l : lines) {
        QJsonObject args {{u"id"_s, l.id}, {u"conversation_id"_s, group}, {u"body"_s, l.text}};
        if (!l.replyTo.isEmpty())
            args.insert(u"reply_to"_s, l.replyTo);
        if (l.photo) {
            Result<QString> id = photo(l.who, *l.photo, 5);
            if (!id)
                return id.error();
            args.insert(u"media"_s, QJsonArray {*id});
        }
        if (Result<Ok> done = run(l.who, l.minutesAgo, u"sendMessage"_s, args); !done)
            return done;
    }
    for (const QString &who : {u"layla"_s, u"omar"_s}) {
        if (Result<Ok> done = run(who, 100, u"react"_s,
                                  {{u"message_id"_s, lines.at(2).id}, {u"emoji"_s, u"❤️"_s}});
            !done)
            return done;
    }
    if (Result<Ok> done =
            run(u"omar"_s, 25, u"markRead"_s, {{u"conversation_id"_s, group}, {u"seq"_s, 7}});
        !done)
        return done;
    if (Result<Ok> done =
            run(u"layla"_s, 110, u"markRead"_s, {{u"conversation_id"_s, group}, {u"seq"_s, 6}});
        !done)
        return done;
    if (Result<Ok> done =
            run(u"omar"_s, 20, u"startDirect"_s, {{u"user_id"_s, ids.value(u"layla"_s)}});
        !done)
        return done;
    if (Result<Ok> done = run(u"omar"_s, 19, u"sendMessage"_s,
                              {{u"id"_s, u"0190d000-0000-7000-8000-0000000cb101"_s},
                               {u"conversation_id"_s,
                                Sync::Chat::directId(ids.value(u"omar"_s), ids.value(u"layla"_s))},
                               {u"body"_s, u"Loved the rooftop photo! Which café was it?"_s}});
        !done)
        return done;

    // Commerce: Sami's shop with products, stock (one variant oversold at the market), an
    // order of Layla's on its way, one of Omar's delivered and reviewed, Layla's cart.
    const QString shop = u"0190d000-0000-7000-8000-00000005e001"_s;
    if (Result<Ok> opened = Sync::Commerce::createShop(
            store, {ids.value(u"sami"_s), {now - 60 * 60'000 * 30, counter++, u"demo"_s}, true},
            shop, ids.value(u"sami"_s), u"Sami's kiln"_s,
            u"Hand-thrown bowls, lanterns and spices from the old souk."_s);
        !opened)
        return opened;
    if (Result<QString> logo = photo(u"sami"_s, Scene::Ceramics, 11); !logo)
        return logo.error();
    else if (Result<Ok> done = run(u"sami"_s, 60 * 29, u"updateShop"_s,
                                   {{u"shop_id"_s, shop}, {u"logo"_s, QJsonArray {*logo}}});
             !done)
        return done;
    struct Item
    {
        QString product, title, description, category;
        Scene scene;
        qint64 price;
        QList<std::tuple<QString, QString, qint64>> variants; // id, name, stock
    };
    const QList<Item> items {
        {u"0190d000-0000-7000-8000-00000005f001"_s,
         u"Glazed tea bowl"_s,
         u"Wheel-thrown stoneware, glazed by hand; no two alike."_s,
         u"home/kitchen"_s,
         Scene::Ceramics,
         1800,
         {{u"0190d000-0000-7000-8000-00000005a001"_s, u"Blue"_s, 12},
          {u"0190d000-0000-7000-8000-00000005a002"_s, u"Green"_s, 3}}},
        {u"0190d000-0000-7000-8000-00000005f002"_s,
         u"Brass lantern"_s,
         u"Pierced brass with coloured glass, for a candle or a small bulb."_s,
         u"home/decor"_s,
         Scene::Lanterns,
         4500,
         {{u"0190d000-0000-7000-8000-00000005a003"_s, u"Small"_s, 5},
          {u"0190d000-0000-7000-8000-00000005a004"_s, u"Large"_s, 1}}},
        {u"0190d000-0000-7000-8000-00000005f003"_s,
         u"Spice sampler"_s,
         u"Six jars: cumin, sumac, saffron, ras el hanout, za'atar and cinnamon."_s,
         u"food/spices"_s,
         Scene::Spices,
         1250,
         {{u"0190d000-0000-7000-8000-00000005a005"_s, u"6 jars"_s, 20}}},
    };
    int sku = 0;
    for (const Item &item : items) {
        Result<QString> image = photo(u"sami"_s, item.scene, 7);
        if (!image)
            return image.error();
        if (Result<Ok> done = run(u"sami"_s, 60 * 29, u"upsertProduct"_s,
                                  {{u"id"_s, item.product},
                                   {u"shop_id"_s, shop},
                                   {u"title"_s, item.title},
                                   {u"description"_s, item.description},
                                   {u"category"_s, item.category},
                                   {u"media"_s, QJsonArray {*image}},
                                   {u"price"_s, item.price},
                                   {u"currency"_s, u"EUR"_s},
                                   {u"status"_s, u"active"_s}});
            !done)
            return done;
        for (const auto &[variant, name, stock] : item.variants) {
            if (Result<Ok> done = run(u"sami"_s, 60 * 28, u"setVariant"_s,
                                      {{u"id"_s, variant},
                                       {u"product_id"_s, item.product},
                                       {u"sku"_s, u"SK-%1"_s.arg(++sku, 3, 10, QChar(u'0'))},
                                       {u"name"_s, name}});
                !done)
                return done;
            if (Result<Ok> done = run(u"sami"_s, 60 * 27, u"adjustStock"_s,
                                      {{u"id"_s, Sync::derivedId({u"demo-stock"_s, variant})},
                                       {u"variant_id"_s, variant},
                                       {u"delta"_s, stock},
                                       {u"reason"_s, u"received"_s}});
                !done)
                return done;
        }
    }
    struct Step
    {
        QString who;
        qint64 minutesAgo;
        QString name;
        QJsonObject args;
    };
    const QString laylaOrder = u"0190d000-0000-7000-8000-00000005b001"_s;
    const QString omarOrder = u"0190d000-0000-7000-8000-00000005b002"_s;
    const auto line = [](const QString &variant, qint64 quantity, qint64 price) {
        return QJsonArray {QJsonObject {
            {u"variant_id"_s, variant}, {u"quantity"_s, quantity}, {u"unit_price"_s, price}}};
    };
    const QString laylaShopOrder = Sync::Commerce::orderId(laylaOrder, shop);
    const QString omarShopOrder = Sync::Commerce::orderId(omarOrder, shop);
    const QList<Step> steps {
        {u"omar"_s,
         60 * 26,
         u"placeOrder"_s,
         {{u"id"_s, omarOrder},
          {u"lines"_s, line(u"0190d000-0000-7000-8000-00000005a002"_s, 1, 1800)},
          {u"payment"_s, u"manual"_s}}},
        {u"sami"_s,
         60 * 25,
         u"setOrderStatus"_s,
         {{u"order_id"_s, omarShopOrder}, {u"status"_s, u"paid"_s}}},
        {u"sami"_s,
         60 * 24,
         u"setOrderStatus"_s,
         {{u"order_id"_s, omarShopOrder}, {u"status"_s, u"shipped"_s}}},
        {u"omar"_s,
         60 * 20,
         u"setOrderStatus"_s,
         {{u"order_id"_s, omarShopOrder}, {u"status"_s, u"delivered"_s}}},
        {u"omar"_s,
         60 * 19,
         u"review"_s,
         {{u"order_id"_s, omarShopOrder},
          {u"variant_id"_s, u"0190d000-0000-7000-8000-00000005a002"_s},
          {u"stars"_s, 5},
          {u"body"_s, u"The green glaze is even nicer in daylight."_s}}},
        {u"sami"_s,
         60 * 18,
         u"replyToReview"_s,
         {{u"review_id"_s,
           Sync::Commerce::reviewId(omarShopOrder, u"0190d000-0000-7000-8000-00000005a002"_s)},
          {u"body"_s, u"Thank you, Omar! Enjoy your tea."_s}}},
        {u"layla"_s,
         60 * 6,
         u"placeOrder"_s,
         {{u"id"_s, laylaOrder},
          {u"lines"_s, line(u"0190d000-0000-7000-8000-00000005a001"_s, 2, 1800)},
          {u"payment"_s, u"manual"_s}}},
        {u"sami"_s,
         60 * 5,
         u"setOrderStatus"_s,
         {{u"order_id"_s, laylaShopOrder}, {u"status"_s, u"paid"_s}}},
        {u"sami"_s,
         60 * 3,
         u"setOrderStatus"_s,
         {{u"order_id"_s, laylaShopOrder},
          {u"status"_s, u"shipped"_s},
          {u"tracking"_s, u"SOUK-POST 7731 2260"_s}}},
        // Sold at the market while offline, past the stock: an alert to reconcile.
        {u"sami"_s,
         60 * 2,
         u"adjustStock"_s,
         {{u"id"_s, u"0190d000-0000-7000-8000-00000005c001"_s},
          {u"variant_id"_s, u"0190d000-0000-7000-8000-00000005a004"_s},
          {u"delta"_s, -2},
          {u"reason"_s, u"sold at the market"_s}}},
        {u"layla"_s,
         30,
         u"addToCart"_s,
         {{u"variant_id"_s, u"0190d000-0000-7000-8000-00000005a005"_s}, {u"quantity"_s, 1}}},
        {u"layla"_s,
         29,
         u"addToCart"_s,
         {{u"variant_id"_s, u"0190d000-0000-7000-8000-00000005a003"_s}, {u"quantity"_s, 2}}},
        {u"layla"_s, 28, u"wish"_s, {{u"product_id"_s, u"0190d000-0000-7000-8000-00000005f002"_s}}},
    };
    for (const Step &s : steps) {
        if (Result<Ok> done = run(s.who, s.minutesAgo, s.name, s.args); !done)
            return done;
    }

    // Moderation: Karim's spam over the last two weeks, reported and decided (strikes, a
    // warning, an open appeal thread), and today's reports waiting in the queue.
    const auto demoId = [](int n) {
        return u"0190d000-0000-7000-8000-0000000e%1"_s.arg(n, 4, 10, QChar(u'0'));
    };
    const qint64 day = 24 * 60;
    for (int i = 0; i < 6; ++i) {
        const qint64 at = (12 - 2 * i) * day;
        Result<QString> image = photo(u"karim"_s, Scene::TeaGlasses, 20 + i);
        if (!image)
            return image.error();
        const QString post = demoId(100 + i);
        const QString reporter = i % 2 ? u"omar"_s : u"layla"_s;
        const bool hide = i % 2 == 0;
        const QList<Step> story {
            {u"karim"_s,
             at,
             u"createPost"_s,
             {{u"id"_s, post},
              {u"caption"_s, u"Followers for sale, message me (%1)"_s.arg(i + 1)},
              {u"media"_s, QJsonArray {*image}}}},
            {reporter,
             at - 60,
             u"report"_s,
             {{u"target_type"_s, u"post"_s}, {u"target_id"_s, post}, {u"reason"_s, u"spam"_s}}},
            {u"mona"_s,
             at - 60 - 90 * (i + 1),
             u"moderate"_s,
             {{u"id"_s, demoId(200 + i)},
              {u"target_type"_s, u"post"_s},
              {u"target_id"_s, post},
              {u"action"_s, hide ? u"hide"_s : u"dismiss"_s},
              {u"rule"_s, hide ? u"3.1 Spam"_s : QString()},
              {u"reason"_s,
               hide ? u"Selling followers is not allowed."_s : u"Not spam on its own."_s},
              {u"report_ids"_s,
               QJsonArray {Sync::Moderation::reportId(ids.value(reporter), u"post"_s, post)}}}},
        };
        for (const Step &step : story)
            if (Result<Ok> done = run(step.who, step.minutesAgo, step.name, step.args); !done)
                return done;
    }
    const QString appealed = Sync::Moderation::strikeId(demoId(204));
    const QString spam = demoId(300);
    Result<QString> spamImage = photo(u"karim"_s, Scene::TeaGlasses, 30);
    if (!spamImage)
        return spamImage.error();
    const QList<Step> moderation {
        {u"mona"_s,
         3 * day,
         u"actOnUser"_s,
         {{u"id"_s, demoId(210)},
          {u"target_type"_s, u"user"_s},
          {u"target_id"_s, ids.value(u"karim"_s)},
          {u"action"_s, u"warn"_s},
          {u"rule"_s, u"3.1 Spam"_s},
          {u"reason"_s, u"Three posts selling followers this week."_s}}},
        {u"karim"_s,
         2 * day,
         u"appeal"_s,
         {{u"id"_s, demoId(220)},
          {u"strike_id"_s, appealed},
          {u"body"_s, u"That one was a joke between friends, nothing is for sale."_s}}},
        {u"mona"_s,
         2 * day - 120,
         u"appealMessage"_s,
         {{u"id"_s, demoId(221)},
          {u"strike_id"_s, appealed},
          {u"body"_s, u"The post names a price. Can you tell us who the friends are?"_s}}},
        {u"karim"_s,
         day,
         u"appealMessage"_s,
         {{u"id"_s, demoId(222)},
          {u"strike_id"_s, appealed},
          {u"body"_s, u"My cousins Hana and Adel; they commented under it."_s}}},
        {u"karim"_s,
         300,
         u"createPost"_s,
         {{u"id"_s, spam},
          {u"caption"_s, u"10,000 followers for 5 euros!! Message me now"_s},
          {u"media"_s, QJsonArray {*spamImage}}}},
        {u"layla"_s,
         290,
         u"report"_s,
         {{u"target_type"_s, u"post"_s},
          {u"target_id"_s, spam},
          {u"reason"_s, u"spam"_s},
          {u"note"_s, u"Third time this week."_s}}},
        {u"omar"_s,
         250,
         u"report"_s,
         {{u"target_type"_s, u"post"_s}, {u"target_id"_s, spam}, {u"reason"_s, u"spam"_s}}},
        {u"sami"_s,
         200,
         u"report"_s,
         {{u"target_type"_s, u"post"_s},
          {u"target_id"_s, spam},
          {u"reason"_s, u"fraud"_s},
          {u"note"_s, u"He asked me for a deposit first."_s}}},
        {u"layla"_s,
         180,
         u"report"_s,
         {{u"target_type"_s, u"user"_s},
          {u"target_id"_s, ids.value(u"karim"_s)},
          {u"reason"_s, u"harassment"_s},
          {u"note"_s, u"Keeps messaging me about it."_s}}},
    };
    for (const Step &step : moderation)
        if (Result<Ok> done = run(step.who, step.minutesAgo, step.name, step.args); !done)
            return done;
    // Who was active on each of the last 30 days, for the analytics.
    const qint64 today = now / (day * 60'000);
    int person = 0;
    for (const QString &id : ids) {
        ++person;
        for (qint64 d = 0; d < 30; ++d) {
            if ((d * 7 + person * 3) % 5 == 0 && d != 0)
                continue;
            Result<QSqlQuery> active = execSql(
                db,
                u"INSERT INTO activity_days (day, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                {today - d, id}, "demo activity");
            if (!active)
                return active.error();
        }
    }

    // A post Layla started on another device: the composer opens with it.
    QJsonArray draftMedia;
    for (const auto &[scene, variant] : {std::pair {Scene::Ceramics, 4}, {Scene::Lanterns, 3}}) {
        Result<QString> id = photo(u"layla"_s, scene, variant);
        if (!id)
            return id.error();
        draftMedia.append(*id);
    }
    return run(u"layla"_s, 15, u"saveDraft"_s,
               {{u"id"_s, u"0190d000-0000-7000-8000-00000000d001"_s},
                {u"body"_s, u"Bowls from @sami's kiln next to the lantern alley. #ceramics"_s},
                {u"media"_s, draftMedia}});
}

} // namespace

Result<QStringList> seedDemoData(QSqlDatabase &db, const AccountStore &accounts,
                                 const MediaStore &media)
{
    Result<qint64> count = accounts.countUsers(db);
    if (!count)
        return count.error();
    // A published demo password is only acceptable because these accounts exist solely in
    // the local demo database that `scripts/run` creates.
    const QString password = u"souk-demo-2026"_s;
    struct Demo
    {
        QString username, email, displayName, role;
        int joinedDaysAgo;
    };
    // Joined on different days (the analytics show them), before anything they did.
    const QList<Demo> people {
        {u"admin"_s, u"admin@souk.example"_s, u"Souk Admin"_s, u"admin"_s, 80},
        {u"mona"_s, u"mona@souk.example"_s, u"Mona Haddad"_s, u"moderator"_s, 62},
        {u"sami"_s, u"sami@souk.example"_s, u"Sami's Ceramics"_s, u"shop"_s, 41},
        {u"layla"_s, u"layla@souk.example"_s, u"Layla Mansour"_s, u"user"_s, 33},
        {u"omar"_s, u"omar@souk.example"_s, u"Omar Farouk"_s, u"user"_s, 24},
        {u"karim"_s, u"karim@souk.example"_s, u"Karim Nasser"_s, u"user"_s, 16},
    };
    QStringList lines;
    for (const Demo &p : people)
        lines.append(u"%1 / %2 (%3)"_s.arg(p.username, password, p.role));
    if (*count > 0)
        return lines; // seeded on an earlier start (passwords may have been changed since)
    const QByteArray hash = PasswordHasher::hash(password);
    // All accounts or none: a crash half-way must not leave a partial demo. So the accounts
    // are made by registration's server mutation run in this one transaction, as seedSocial()
    // runs the mutators, before the server serves anyone (nobody to tell in realtime).
    return inTransaction<QStringList>(db, [&]() -> Result<QStringList> {
        QHash<QString, QString> ids;
        for (const Demo &p : people) {
            ServerSyncStore store(db);
            const QString id = createUuidV7();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const Sync::MutationContext ctx {id, {now, 0, u"demo"_s}, true, now};
            ServerWrite write {db, store, ctx};
            Result<User> user = AccountMutations::registerAccount.apply(
                write, {id, p.username, p.email, p.displayName, hash, p.role});
            if (!user)
                return user.error();
            const qint64 joined =
                QDateTime::currentMSecsSinceEpoch() - p.joinedDaysAgo * 24LL * 3600 * 1000;
            if (Result<QSqlQuery> dated =
                    execSql(db, u"UPDATE users SET created_at = ?, updated_at = ? WHERE id = ?"_s,
                            {joined, joined, user->id}, "date demo account");
                !dated)
                return dated.error();
            ids.insert(p.username, user->id);
        }
        if (Result<Ok> social = seedSocial(db, media, ids); !social)
            return social.error();
        return lines;
    });
}

} // namespace Souk::Server
