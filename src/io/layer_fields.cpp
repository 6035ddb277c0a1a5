#include "io/layer_fields.h"

#include <algorithm>
#include <string>

namespace bashu {

namespace {

FieldType fieldTypeOf(OGRFieldType type) {
    switch (type) {
        case OFTInteger:
        case OFTInteger64:
            return FieldType::Integer;
        case OFTReal:
            return FieldType::Real;
        default:
            return FieldType::String;
    }
}

// Whether the layer has every field asked for, so that only those need reading. A filter may
// name any field, so with one every field is read.
bool hasEveryFieldAsked(OGRFeatureDefn& definition, const ReadOptions& options) {
    if (!options.fields.has_value() || !options.attributeFilter.empty()) return false;
    return std::all_of(options.fields->begin(), options.fields->end(),
                       [&](const std::string& name) { return definition.GetFieldIndex(name.c_str()) >= 0; });
}

}  // namespace

std::vector<int> chooseFields(OGRLayer& source, const ReadOptions& options, AttributeTable& attributes) {
    OGRFeatureDefn* definition = source.GetLayerDefn();
    const bool onlyAsked = hasEveryFieldAsked(*definition, options);
    std::vector<int> fieldsRead;
    std::vector<const char*> ignored;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const OGRFieldDefn* field = definition->GetFieldDefn(i);
        if (onlyAsked && std::find(options.fields->begin(), options.fields->end(), field->GetNameRef()) ==
                             options.fields->end()) {
            ignored.push_back(field->GetNameRef());
            continue;
        }
        fieldsRead.push_back(i);
        attributes.columns.push_back(Column{field->GetNameRef(), fieldTypeOf(field->GetType()), {}, {}, {}});
    }
    if (!ignored.empty()) {
        ignored.push_back(nullptr);  // GDAL's list ends with a null
        source.SetIgnoredFields(ignored.data());
    }
    return fieldsRead;
}

}  // namespace bashu
